using System.Collections.Concurrent;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Queues;

/// <summary>
/// The whole queued pipeline in one process, for <c>followup scan --workers N</c>: the planning run
/// queues the digests, N local workers drain the queue, and the outcomes of this run's messages make
/// the same <see cref="ScanReport"/> the in-process scan returns.
/// </summary>
public sealed class QueuedScan(DigestEnqueuer enqueuer, LocalDigestWorkers workers, TimeProvider time)
{
    /// <summary>How long a local worker holds a message before another may take it: longer than a send's own total timeout.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<ScanReport> RunAsync(int workerCount, DateTimeOffset? asOf = null, int? shards = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var plan = await enqueuer.RunAsync(asOf, shards, cancellationToken).ConfigureAwait(false);
        var outcomes = new ConcurrentQueue<DigestWorkOutcome>();
        await workers.RunAsync(workerCount, untilEmpty: true, Lease, o =>
        {
            if (o.RunId == plan.RunId)
            {
                outcomes.Enqueue(o);
            }
        }, cancellationToken).ConfigureAwait(false);

        var digests = plan.Digests.ToList();
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

        return new ScanReport(plan.RunId, plan.AsOf, false, plan.Scanned, plan.DueItems, digests, plan.Escalations, plan.SkippedAddresses, plan.Undeliverable, time.GetElapsedTime(started));
    }
}
