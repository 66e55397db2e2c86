using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Queues;

/// <summary>
/// Shard reports name owners' addresses: each scheduled run removes those older than the retention,
/// so neither a finished run nor one that never completed keeps them for good.
/// </summary>
public sealed class ShardReportRetentionTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task EachScheduledRunRemovesReportsOnceTheyAreOlderThanTheRetentionAndNotBefore()
    {
        // Azurite stamps the rows with the real clock; the harness's clock starts an hour short of
        // the retention from now. The default settings plan by the full read, which prunes too.
        await using var h = new QueueHarness(azurite, TimeProvider.System.GetUtcNow() + ShardReportRetention.Retention - TimeSpan.FromHours(1));
        var runs = h.Scan.Get<TableScanRuns>();
        var nudges = Enumerable.Range(0, 12_000).Select(i => new EscalatedNudge($"commitment-{i:D6}", $"owner{i}@example.org", ReminderStage.Overdue, new DateOnly(2026, 11, 1), 1)).ToList();
        // 120 shards' rows in one partition: more than one transaction's 100.
        foreach (var shard in Enumerable.Range(0, 120))
        {
            await runs.WriteAsync("finished", new ShardReport(shard, 120, 1, 1, nudges[shard..(shard + 1)], []));
        }

        // Larger than one entity (overflow rows), and never joined by its second shard.
        await runs.WriteAsync("incomplete", new ShardReport(0, 2, nudges.Count, nudges.Count, nudges, []));
        var planning = h.Scan.Get<ScheduledPlanning>();

        await planning.RunAsync();
        Assert.Equal((120, 1), (await runs.CountAsync("finished"), await runs.CountAsync("incomplete")));

        h.Scan.Time.Advance(TimeSpan.FromHours(2));
        await planning.RunAsync();

        Assert.Equal((0, 0), (await runs.CountAsync("finished"), await runs.CountAsync("incomplete")));
        Assert.Empty(await runs.ReadAsync("incomplete"));
    }
}
