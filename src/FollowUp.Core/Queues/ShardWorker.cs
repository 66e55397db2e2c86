using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// Handles one shard message. A plan step plans one shard of the owner index at the run's instant,
/// puts each owner's digest on the delivery queue as the timer's full read does
/// (<see cref="DigestEnqueuer"/>), and writes the shard's escalated nudges to the run's partition of
/// <see cref="TableScanRuns"/>; the shard that finds every report written queues the run's one
/// escalate step (<see cref="ShardEscalation"/>). Nothing here is sent twice by a message delivered
/// twice: a repeated plan reads the same ledger versions and its digests lose their claims, a retried
/// shard rewrites its own report, and a second escalate step finds its claims taken.
/// </summary>
/// <remarks>
/// Throws for a message that is not FollowUp's (<see cref="ShardWorkFormatException"/>) and for a
/// storage failure: the queue then tries it again, and after <c>maxDequeueCount</c> attempts moves it
/// to the poison queue.
/// </remarks>
public sealed class ShardWorker(
    ReminderScan scan, DigestEnqueuer enqueuer, TableScanRuns runs, ShardQueueStore queue, ShardEscalation escalation, TimeProvider time, ILogger<ShardWorker> logger)
{
    public async Task<ShardWorkOutcome> HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var work = ShardWorkFormat.Decode(message);
        var age = time.GetUtcNow() - work.EnqueuedAt;
        if (age > DigestWork.MaxAge)
        {
            ShardLog.Stale(logger, work.Step, work.RunId, (long)age.TotalMinutes, (long)DigestWork.MaxAge.TotalMinutes);
            return new ShardWorkOutcome.Stale(work.RunId);
        }

        return work.Step == ShardStep.Escalate
            ? await escalation.RunAsync(work, cancellationToken).ConfigureAwait(false)
            : await PlanAsync(work, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ShardWorkOutcome> PlanAsync(ShardWork work, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var (scanned, escalated, plans) = await scan.PlanShardAsync(work.AsOf, work.RunId, new OwnerIndexShard(work.Shard, work.Of), cancellationToken).ConfigureAwait(false);
        var delivery = scan.StartDelivery(work.RunId);
        (List<DigestOutcome> Settled, int Queued, int InPlace) queued;
        try
        {
            queued = await enqueuer.QueueAsync(delivery, plans.Digests, plans.Skipped, work.RunId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await delivery.DrainAsync().ConfigureAwait(false);
        }

        // Written after the digests are queued: a shard that dies before this line is retried whole,
        // and its repeated digests lose their claims to the first ones.
        var report = new ShardReport(work.Shard, work.Of, scanned, plans.Due, [.. escalated.Select(EscalatedNudge.From)], [.. plans.Undeliverable.Values]);
        await runs.WriteAsync(work.RunId, report, cancellationToken).ConfigureAwait(false);
        var reported = await runs.CountAsync(work.RunId, cancellationToken).ConfigureAwait(false);
        ShardLog.Reported(logger, work.Shard, work.Of, report.Escalated.Count, reported, work.RunId);

        // Two shards finishing together may both see every report and both queue the step: the
        // second step's claims are taken, so it sends nothing. A shard that died between its report
        // and this send is retried, rewrites its report, counts again and sends it then.
        var lastIn = reported >= work.Of;
        if (lastIn)
        {
            var step = new ShardWork(work.RunId, ShardStep.Escalate, 0, work.Of, work.AsOf, time.GetUtcNow());
            await queue.SendAsync(ShardWorkFormat.Encode(step), cancellationToken).ConfigureAwait(false);
            ShardLog.EscalationQueued(logger, work.RunId);
        }

        var failed = queued.Settled.Count(d => d.Delivery == DigestDelivery.Failed);
        var unknown = queued.Settled.Count(d => d.Delivery == DigestDelivery.Unknown);
        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
        QueueLog.Planned(logger, scanned, plans.Due, queued.Queued, queued.InPlace, failed, unknown, 0, plans.Skipped.Count, elapsed, work.RunId);
        return new ShardWorkOutcome.Planned(work.RunId, work.Shard, scanned, plans.Due, queued.Queued, queued.Settled, plans.Skipped, [.. plans.Undeliverable.Values], lastIn);
    }
}
