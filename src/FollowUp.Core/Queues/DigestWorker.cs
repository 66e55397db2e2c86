using FollowUp.Core.Commitments;
using FollowUp.Core.Links;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// Delivers one queued digest: reads the commitments it names (point reads, never the table), signs
/// the owner's links, then claims, sends and settles through the send ledger as the in-process scan
/// does. The claim is the single point of truth: a message the queue delivers twice, or delivers again
/// after a worker died mid-send, finds its claim taken and sends nothing.
/// </summary>
/// <remarks>
/// Throws for a message that is not FollowUp's (<see cref="DigestWorkFormatException"/>) and for a
/// storage failure before or during the claim: the queue then tries it again, and after
/// <c>maxDequeueCount</c> attempts moves it to the poison queue.
/// </remarks>
public sealed class DigestWorker(ReminderScan scan, ICommitmentStore store, UpdateLinkBuilder links, TimeProvider time, ILogger<DigestWorker> logger)
{
    /// <summary>Point reads in flight for one message.</summary>
    internal const int ReadParallelism = 8;

    public async Task<DigestWorkOutcome> HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var work = DigestWorkFormat.Decode(message);
        var age = time.GetUtcNow() - work.EnqueuedAt;
        if (age > DigestWork.MaxAge)
        {
            QueueLog.Stale(logger, work.RunId, (long)age.TotalMinutes, (long)DigestWork.MaxAge.TotalMinutes);
            return new DigestWorkOutcome.Stale(work.RunId);
        }

        var items = await ReadItemsAsync(work, cancellationToken).ConfigureAwait(false);
        if (items.Count == 0)
        {
            var planned = string.Join(",", work.Items.Select(i => i.CommitmentId));
            QueueLog.Withdrawn(logger, work.RunId, planned);
            return new DigestWorkOutcome.Withdrawn(work.RunId);
        }

        var digest = new Digest(work.To, work.Ministry, work.TimeZone, work.LocalDate, items);
        var (delivery, error) = await scan.DeliverQueuedAsync(digest, work.Read, work.RunId, cancellationToken).ConfigureAwait(false);
        if (delivery == DigestDelivery.Skipped)
        {
            var ids = string.Join(",", items.Select(i => i.Commitment.Id));
            QueueLog.AlreadyClaimed(logger, ids, work.RunId);
            return new DigestWorkOutcome.AlreadyClaimed(work.RunId, digest);
        }

        return new DigestWorkOutcome.Delivered(work.RunId, digest, delivery, error);
    }

    /// <summary>
    /// The planned items whose commitment is still open and still the address's, in the planned order,
    /// with the commitment as it is now: a title corrected since the plan is sent corrected.
    /// </summary>
    private async Task<List<DigestItem>> ReadItemsAsync(DigestWork work, CancellationToken cancellationToken)
    {
        var read = new Commitment?[work.Items.Count];
        await Parallel.ForAsync(0, work.Items.Count, new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken }, async (i, ct) =>
            read[i] = await store.GetAsync(work.Items[i].CommitmentId, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var items = new List<DigestItem>(work.Items.Count);
        for (var i = 0; i < work.Items.Count; i++)
        {
            var planned = work.Items[i];
            if (read[i] is { IsOpen: true } commitment && commitment.Owners.FirstOrDefault(o => EmailAddresses.AreSame(o.Email, work.To)) is { } owner)
            {
                items.Add(new DigestItem(commitment, planned.Stage, planned.StageDate, planned.OverdueReminder, planned.Escalated, links.BuildUpdateLink(commitment.Id, owner)));
            }
        }

        return items;
    }
}
