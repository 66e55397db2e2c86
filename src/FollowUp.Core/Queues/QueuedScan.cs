using System.Collections.Concurrent;
using FollowUp.Core.Delivery;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Queues;

/// <summary>
/// The whole queued pipeline in one process, for <c>followup scan --workers N</c>: the planning run
/// queues the digests, N local workers drain the queue, and the outcomes of this run's messages make
/// the same <see cref="ScanReport"/> the in-process scan returns. With shards, the run puts its shard
/// messages on the shard queue first and N local shard workers plan them, as the Functions app does.
/// </summary>
public sealed class QueuedScan(DigestEnqueuer enqueuer, ShardEnqueuer shardEnqueuer, LocalShardWorkers shardWorkers, LocalDigestWorkers workers, TimeProvider time)
{
    /// <summary>How long a local worker holds a message before another may take it: longer than a send's own total timeout.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<ScanReport> RunAsync(int workerCount, DateTimeOffset? asOf = null, int? shards = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        if (shards is { } count)
        {
            return await RunShardsAsync(workerCount, asOf ?? time.GetUtcNow(), count, started, cancellationToken).ConfigureAwait(false);
        }

        var plan = await enqueuer.RunAsync(asOf, cancellationToken: cancellationToken).ConfigureAwait(false);
        var digests = plan.Digests.ToList();
        digests.AddRange(await DrainAsync(workerCount, plan.RunId, cancellationToken).ConfigureAwait(false));
        return new ScanReport(plan.RunId, plan.AsOf, false, plan.Scanned, plan.DueItems, digests, plan.Escalations, plan.SkippedAddresses, plan.Undeliverable, time.GetElapsedTime(started));
    }

    private async Task<ScanReport> RunShardsAsync(int workerCount, DateTimeOffset now, int shards, long started, CancellationToken cancellationToken)
    {
        var runId = await shardEnqueuer.RunAsync(shards, now, cancellationToken).ConfigureAwait(false);
        var outcomes = new ConcurrentQueue<ShardWorkOutcome>();
        await shardWorkers.RunAsync(workerCount, untilEmpty: true, Lease, o =>
        {
            if (o.RunId == runId)
            {
                outcomes.Enqueue(o);
            }
        }, cancellationToken).ConfigureAwait(false);

        // A shard delivered twice reports twice: the last report of each shard stands, as in the table.
        var planned = outcomes.OfType<ShardWorkOutcome.Planned>().GroupBy(p => p.Shard).Select(g => g.Last()).ToList();
        var escalated = outcomes.OfType<ShardWorkOutcome.Escalated>().ToList();
        var digests = planned.SelectMany(p => p.Settled).ToList();
        digests.AddRange(await DrainAsync(workerCount, runId, cancellationToken).ConfigureAwait(false));
        var undeliverable = planned.SelectMany(p => p.Undeliverable).DistinctBy(c => c.Address, Commitments.EmailAddresses.Comparer).ToList<ContactHealth>();
        return new ScanReport(runId, now, false, planned.Sum(p => p.Scanned), planned.Sum(p => p.Due), digests,
            [.. escalated.SelectMany(e => e.Escalations)], [.. planned.SelectMany(p => p.Skipped), .. escalated.SelectMany(e => e.Skipped)], undeliverable, time.GetElapsedTime(started));
    }

    /// <summary>Drains the delivery queue with local workers; the outcomes of <paramref name="runId"/>'s messages, as the report counts them.</summary>
    private async Task<List<DigestOutcome>> DrainAsync(int workerCount, string runId, CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentQueue<DigestWorkOutcome>();
        await workers.RunAsync(workerCount, untilEmpty: true, Lease, o =>
        {
            if (o.RunId == runId)
            {
                outcomes.Enqueue(o);
            }
        }, cancellationToken).ConfigureAwait(false);

        var digests = new List<DigestOutcome>();
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case DigestWorkOutcome.Delivered delivered:
                    digests.Add(new DigestOutcome(delivered.Digest, delivered.Delivery, delivered.Error));
                    break;
                case DigestWorkOutcome.AlreadyClaimed taken:
                    digests.Add(new DigestOutcome(taken.Digest, DigestDelivery.Skipped));
                    break;
            }
        }

        return digests;
    }
}
