using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Queues;

/// <summary>
/// Shard reports name owners' addresses: each sharded run removes the reports of runs older than
/// the retention, so neither a finished run nor one that never completed keeps them for good.
/// </summary>
public sealed class ShardReportRetentionTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task AShardedRunRemovesReportsOlderThanTheRetentionAndKeepsNewerOnes()
    {
        // Azurite stamps the rows with the real clock; the harness's clock is a week and a day on.
        await using var h = new QueueHarness(azurite, DateTimeOffset.UtcNow + ShardEnqueuer.ReportRetention + TimeSpan.FromDays(1));
        var runs = h.Scan.Get<TableScanRuns>();
        var nudges = Enumerable.Range(0, 12_000).Select(i => new EscalatedNudge($"commitment-{i:D6}", $"owner{i}@example.org", ReminderStage.Overdue, new DateOnly(2026, 11, 1), 1)).ToList();
        await runs.WriteAsync("finished", new ShardReport(0, 2, 1, 1, nudges[..1], []));
        await runs.WriteAsync("finished", new ShardReport(1, 2, 1, 1, nudges[1..2], []));
        // Larger than one entity (overflow rows), and never joined by its second shard.
        await runs.WriteAsync("incomplete", new ShardReport(0, 2, nudges.Count, nudges.Count, nudges, []));

        Assert.Equal(0, await runs.PruneAsync(DateTimeOffset.UtcNow - TimeSpan.FromHours(1)));
        Assert.Equal((2, 1), (await runs.CountAsync("finished"), await runs.CountAsync("incomplete")));

        var runId = await h.ShardEnqueuer.RunAsync(2);

        Assert.Equal((0, 0), (await runs.CountAsync("finished"), await runs.CountAsync("incomplete")));
        Assert.Empty(await runs.ReadAsync("incomplete"));
        Assert.Equal(2, (await QueueHarness.PeekAsync(h.ShardQueue)).Count);
        Assert.NotEmpty(runId);
    }
}
