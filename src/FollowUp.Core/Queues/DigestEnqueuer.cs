using System.Collections.Concurrent;
using Azure;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// The planning half of a queued scan (the timer's job): reads the open commitments and the ledger
/// once, as <see cref="ReminderScan"/> does, and puts each owner's digest on the delivery queue for
/// the workers to claim and send. The few messages that cannot go through the queue (escalations,
/// and a digest too large for one queue message) it delivers itself, exactly as the in-process scan would.
/// </summary>
public sealed class DigestEnqueuer(ReminderScan scan, DigestQueueStore queue, TimeProvider time, ILogger<DigestEnqueuer> logger)
{
    /// <summary>Queue writes in flight at once: each is one small request, and the run's time is mostly theirs.</summary>
    internal const int Parallelism = 16;

    /// <param name="shards">Plan from the owner index in this many shards (1-64); null for the full read.</param>
    public async Task<PlanReport> RunAsync(DateTimeOffset? asOf = null, int? shards = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var now = asOf ?? time.GetUtcNow();
        var runId = Guid.NewGuid().ToString("N");
        var plan = await scan.PlanAsync(now, runId, shards, cancellationToken).ConfigureAwait(false);

        var delivery = scan.StartDelivery(runId);
        List<DigestOutcome> settled;
        int queued, inPlace;
        List<EscalationOutcome> escalations;
        try
        {
            (settled, queued, inPlace) = await QueueAsync(delivery, plan.Digests, plan.Skipped, runId, cancellationToken).ConfigureAwait(false);
            escalations = await scan.DeliverEscalationsAsync(delivery, plan.Escalations, plan.Skipped, runId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await delivery.DrainAsync().ConfigureAwait(false);
        }

        var report = new PlanReport(runId, now, plan.Scanned, plan.DueItems, queued, settled, escalations, plan.Skipped, plan.Undeliverable, time.GetElapsedTime(started));
        var failed = Count(report, DigestDelivery.Failed);
        var unknown = Count(report, DigestDelivery.Unknown);
        var escalated = escalations.Count(e => e.Delivery == DigestDelivery.Sent);
        QueueLog.Planned(logger, report.Scanned, report.DueItems, report.Queued, inPlace, failed, unknown, escalated,
            report.SkippedAddresses.Count, (long)report.Duration.TotalMilliseconds, runId);
        if (report.Undeliverable.Count > 0)
        {
            ScanLog.Undeliverable(logger, report.Undeliverable.Count, runId);
        }

        return report;
    }

    /// <summary>
    /// Puts each planned digest on the delivery queue, as the timer's full read and every shard do:
    /// a digest whose day is taken is settled as skipped, one too large for a queue message is
    /// delivered here through <paramref name="delivery"/>, and one the queue refused is reported
    /// skipped, for the next run to plan again.
    /// </summary>
    internal async Task<(List<DigestOutcome> Settled, int Queued, int InPlace)> QueueAsync(
        MessageDelivery delivery, IReadOnlyList<(Digest Digest, OwnerLedger Read)> digests, List<SkippedAddress> skipped, string runId, CancellationToken cancellationToken)
    {
        var settled = new List<DigestOutcome>();
        var oversize = new List<(Digest, OwnerLedger)>();
        var toQueue = new List<(Digest Digest, string Text)>();
        foreach (var (digest, read) in digests)
        {
            if (read.DayTaken)
            {
                settled.Add(new DigestOutcome(digest, DigestDelivery.Skipped));
            }
            else if (DigestWorkFormat.TryEncode(DigestWork.From(digest, read, runId, time.GetUtcNow())) is { } text)
            {
                toQueue.Add((digest, text));
            }
            else
            {
                oversize.Add((digest, read));
            }
        }

        var notQueued = new ConcurrentBag<SkippedAddress>();
        await Parallel.ForEachAsync(toQueue, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            try
            {
                await queue.SendAsync(item.Text, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException)
            {
                // Nothing was claimed, so nothing is lost: the next run plans this digest again.
                var ids = item.Digest.Items.Select(i => i.Commitment.Id).ToList();
                var reason = ex is RequestFailedException failed ? $"the queue service answered {failed.Status} {failed.ErrorCode}" : "the queue service could not be reached";
                QueueLog.NotQueued(logger, string.Join(",", ids), reason, runId);
                notQueued.Add(new SkippedAddress(item.Digest.To, MessageKind.Digest, ids, reason));
            }
        }).ConfigureAwait(false);
        skipped.AddRange(notQueued);

        foreach (var (digest, read) in oversize)
        {
            settled.Add(await scan.DeliverDigestAsync(delivery, digest, read, skipped, runId, cancellationToken).ConfigureAwait(false));
        }

        return (settled, toQueue.Count - notQueued.Count, oversize.Count);
    }

    private static int Count(PlanReport report, DigestDelivery delivery) =>
        report.Digests.Count(d => d.Delivery == delivery) + report.Escalations.Count(e => e.Delivery == delivery);
}
