using System.Collections.Concurrent;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// A sharded run's one fan-in: reads every shard's report, reads each escalated commitment afresh
/// (one closed or handed to another owner since its shard planned drops out), and plans and delivers
/// the run's escalations with the same planner and in the same commitment id order as the full read.
/// </summary>
public sealed class ShardEscalation(ReminderScan scan, TableScanRuns runs, ICommitmentStore store, ReminderPolicy policy, ILogger<ShardEscalation> logger)
{
    /// <summary>Point reads in flight for the step.</summary>
    internal const int ReadParallelism = 8;

    public async Task<ShardWorkOutcome> RunAsync(ShardWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var reports = await runs.ReadAsync(work.RunId, cancellationToken).ConfigureAwait(false);
        if (reports.Count < work.Of)
        {
            ShardLog.Incomplete(logger, work.RunId, reports.Count, work.Of);
        }

        var nudges = reports.SelectMany(r => r.Escalated).ToList();
        var commitments = await ReadAsync(nudges.Select(n => n.CommitmentId).Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        var clock = new EscalationPlanner(policy).ClockAt(work.AsOf);
        var candidates = new List<ReminderCandidate>(nudges.Count);
        foreach (var nudge in nudges)
        {
            if (commitments.GetValueOrDefault(nudge.CommitmentId) is { IsOpen: true } commitment
                && commitment.Owners.FirstOrDefault(o => EmailAddresses.AreSame(o.Email, nudge.Owner)) is { } owner)
            {
                // The planner reads neither the clock nor the stage of an escalated candidate: the
                // escalation is dated on the secretariat's own clock.
                candidates.Add(new ReminderCandidate(commitment, owner, nudge.Stage, nudge.StageDate, nudge.OverdueReminder, Escalated: true, clock));
            }
        }

        var undeliverable = new Dictionary<string, ContactHealth>(EmailAddresses.Comparer);
        foreach (var contact in reports.SelectMany(r => r.Undeliverable))
        {
            undeliverable[contact.Address] = contact;
        }

        var skipped = new List<SkippedAddress>();
        var planned = await scan.PlanShardEscalationsAsync(candidates, undeliverable, work.AsOf, work.RunId, skipped, cancellationToken).ConfigureAwait(false);
        var delivery = scan.StartDelivery(work.RunId);
        List<EscalationOutcome> outcomes;
        try
        {
            outcomes = await scan.DeliverEscalationsAsync(delivery, planned, skipped, work.RunId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await delivery.DrainAsync().ConfigureAwait(false);
        }

        var sent = outcomes.Count(o => o.Delivery == DigestDelivery.Sent);
        ShardLog.Escalated(logger, work.RunId, reports.Count, candidates.Count, sent, skipped.Count);
        return new ShardWorkOutcome.Escalated(work.RunId, outcomes, skipped);
    }

    private async Task<IReadOnlyDictionary<string, Commitment>> ReadAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var read = new ConcurrentDictionary<string, Commitment>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ReadParallelism, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            if (await store.GetAsync(id, ct).ConfigureAwait(false) is { } commitment)
            {
                read[id] = commitment;
            }
        }).ConfigureAwait(false);
        return read;
    }
}
