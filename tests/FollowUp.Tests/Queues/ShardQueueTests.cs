using Azure.Storage.Queues;
using FollowUp.Core.Configuration;
using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.Reminders;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Queues;

/// <summary>Shard messages on the shard queue plan, queue and escalate what the full read does, each message at most once in effect.</summary>
public sealed class ShardQueueTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Monday = ShardedPlanningTests.Monday;

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    public async Task ShardMessagesSendTheDigestsAndEscalationsTheFullReadPlans(int shards)
    {
        await using var h = new QueueHarness(azurite, Monday);
        await ShardedPlanningTests.SeedAsync(h.Scan);
        var full = await h.Scan.Scan.RunAsync(Monday, dryRun: true);

        var report = await h.QueuedScan.RunAsync(2, Monday, shards);

        Assert.NotEmpty(full.Escalations);
        Assert.Equal(Describe(full.Digests.Select(d => d.Digest)), Describe(h.Scan.Sender.Delivered));
        Assert.Equal(Describe(full.Escalations.Select(e => e.Escalation)), Describe(h.Scan.Sender.Escalations));
        Assert.Equal(full.Digests.Count, report.Sent);
        Assert.Equal(full.Escalations.Count, report.EscalationsSent);
        Assert.Equal(full.DueItems, report.DueItems);
        Assert.Empty(report.SkippedAddresses);
        Assert.Empty(await QueueHarness.PeekAsync(h.ShardQueue));
        Assert.False(await h.ShardPoison.ExistsAsync());
    }

    [Fact]
    public async Task AShardDeliveredTwiceSendsNothingTwice()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await ShardedPlanningTests.SeedAsync(h.Scan);
        var full = await h.Scan.Scan.RunAsync(Monday, dryRun: true);
        var runId = Guid.NewGuid().ToString("N");

        foreach (var shard in (int[])[0, 1, 2, 3, 3, 1])
        {
            await h.ShardWorker.HandleAsync(Message(runId, shard, 4));
        }

        // Each shard taken once every report was in queued the escalate step again, and its digests twice.
        Assert.Equal(3, (await QueueHarness.PeekAsync(h.ShardQueue)).Count);
        await DrainAsync(h);

        Assert.Equal(Describe(full.Digests.Select(d => d.Digest)), Describe(h.Scan.Sender.Delivered));
        Assert.Equal(Describe(full.Escalations.Select(e => e.Escalation)), Describe(h.Scan.Sender.Escalations));
    }

    [Fact]
    public async Task LastShardThatDiesBeforeQueueingTheEscalationQueuesItOnItsRetry()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await ShardedPlanningTests.SeedAsync(h.Scan);
        var full = await h.Scan.Scan.RunAsync(Monday, dryRun: true);
        var runId = Guid.NewGuid().ToString("N");
        for (var shard = 0; shard < 3; shard++)
        {
            await h.ShardWorker.HandleAsync(Message(runId, shard, 4));
        }

        // The same worker, whose shard queue cannot be reached: it writes its report, then fails to queue the step.
        var unreachable = new QueueServiceClient(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1",
            new QueueClientOptions { Retry = { MaxRetries = 0 } });
        var dying = ActivatorUtilities.CreateInstance<ShardWorker>(h.Scan.Services, new ShardQueueStore(unreachable, h.Scan.Get<IOptions<FollowUpOptions>>()));
        await Assert.ThrowsAnyAsync<Exception>(() => dying.HandleAsync(Message(runId, 3, 4)));
        Assert.Equal(4, await h.Scan.Get<TableScanRuns>().CountAsync(runId));
        Assert.Empty(await QueueHarness.PeekAsync(h.ShardQueue));

        var retried = await h.ShardWorker.HandleAsync(Message(runId, 3, 4));
        await DrainAsync(h);

        Assert.True(Assert.IsType<ShardWorkOutcome.Planned>(retried).LastIn);
        Assert.Equal(Describe(full.Digests.Select(d => d.Digest)), Describe(h.Scan.Sender.Delivered));
        Assert.Equal(Describe(full.Escalations.Select(e => e.Escalation)), Describe(h.Scan.Sender.Escalations));
    }

    [Fact]
    public async Task AShardMessageOlderThanTwelveHoursIsDroppedUnplanned()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await ShardedPlanningTests.SeedAsync(h.Scan);
        var old = ShardWorkFormat.Encode(new ShardWork("run1", ShardStep.Plan, 0, 1, Monday, Monday - DigestWork.MaxAge - TimeSpan.FromMinutes(1)));

        var outcome = await h.ShardWorker.HandleAsync(old);

        Assert.IsType<ShardWorkOutcome.Stale>(outcome);
        Assert.Empty(await h.PeekAsync());
        Assert.Equal(0, await h.Scan.Get<TableScanRuns>().CountAsync("run1"));
    }

    [Theory]
    [InlineData("not json at all", "not a FollowUp shard")]
    [InlineData("""{"V":2,"Work":{"RunId":"r","Step":"Plan","Shard":0,"Of":1,"AsOf":"2026-11-30T05:00:00Z","EnqueuedAt":"2026-11-30T05:00:00Z"}}""", "version 1")]
    [InlineData("""{"V":1,"Work":{"RunId":"r","Step":"Plan","Shard":4,"Of":4,"AsOf":"2026-11-30T05:00:00Z","EnqueuedAt":"2026-11-30T05:00:00Z"}}""", "shard 4 of 4")]
    [InlineData("""{"V":1,"Work":{"RunId":"../x","Step":"Plan","Shard":0,"Of":1,"AsOf":"2026-11-30T05:00:00Z","EnqueuedAt":"2026-11-30T05:00:00Z"}}""", "run id")]
    public void AMalformedShardMessageIsRefusedWithItsReason(string text, string reason)
    {
        var ex = Assert.Throws<ShardWorkFormatException>(() => ShardWorkFormat.Decode(text));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, LocalDigestWorkers.Describe(ex));
    }

    [Fact]
    public async Task AMalformedShardMessageEndsInThePoisonQueueAfterItsLastAttempt()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await h.ShardQueue.CreateIfNotExistsAsync();
        await h.ShardQueue.SendMessageAsync("not a shard");

        await h.Scan.Get<LocalShardWorkers>().RunAsync(1, untilEmpty: true, QueuedScan.Lease);

        Assert.Equal(["not a shard"], await QueueHarness.PeekAsync(h.ShardPoison));
        Assert.Empty(await QueueHarness.PeekAsync(h.ShardQueue));
    }

    [Fact]
    public async Task AShardReportLargerThanOneEntityIsReadBackWholeAndARetryReplacesIt()
    {
        await using var tables = azurite.CreateTables();
        var runs = new TableScanRuns(tables.Service, Options.Create(tables.Options));
        var many = Enumerable.Range(0, 12_000).Select(i => new EscalatedNudge($"commitment-{i:D6}", $"owner{i % 97}@example.org", ReminderStage.Overdue, new DateOnly(2026, 11, 1), 3)).ToList();

        await runs.WriteAsync("run1", new ShardReport(2, 4, 12_000, 12_000, many, []));
        var big = Assert.Single(await runs.ReadAsync("run1"));
        await runs.WriteAsync("run1", new ShardReport(2, 4, 1, 1, many[..1], []));
        var small = Assert.Single(await runs.ReadAsync("run1"));

        Assert.Equal(many, big.Escalated);
        Assert.Equal(many[..1], small.Escalated);
        Assert.Equal(1, await runs.CountAsync("run1"));
    }

    private static string Message(string runId, int shard, int of) =>
        ShardWorkFormat.Encode(new ShardWork(runId, ShardStep.Plan, shard, of, Monday, Monday));

    private static async Task DrainAsync(QueueHarness h)
    {
        await h.Scan.Get<LocalShardWorkers>().RunAsync(2, untilEmpty: true, QueuedScan.Lease);
        await h.Workers.RunAsync(2, untilEmpty: true, QueuedScan.Lease);
    }

    private static List<string> Describe(IEnumerable<Digest> digests) =>
        [.. digests.Select(d => $"{d.To} {d.Ministry} {d.TimeZone} {d.LocalDate:yyyy-MM-dd}: " + string.Join(", ",
            d.Items.Select(i => $"{i.Commitment.Id} {i.Stage} {i.StageDate:yyyy-MM-dd} #{i.OverdueReminder}{(i.Escalated ? " escalated" : "")}")))
            .Order(StringComparer.Ordinal)];

    private static List<string> Describe(IEnumerable<Escalation> escalations) =>
        [.. escalations.Select(e => $"{e.To} {e.TimeZone} {e.LocalDate:yyyy-MM-dd}: " + string.Join(", ",
            e.Items.Select(i => $"{i.Commitment.Id} {i.StageDate:yyyy-MM-dd} {i.DaysOverdue}d " + string.Join("+", i.Owners.Select(p => p.Email))
                + " unreachable " + string.Join("+", i.Unreachable.Select(u => u.Address)))))
            .Order(StringComparer.Ordinal)];
}
