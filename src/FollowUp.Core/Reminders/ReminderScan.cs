using FollowUp.Core.Email;
using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Reminders;

/// <summary>
/// The scheduled scan: reads the open commitments once, works out what each owner is owed now,
/// drops what the ledger says went out already, sends each owner address one digest with its own
/// links, and each copied address one escalation message without any. The timer function,
/// <c>followup scan</c> and <c>followup serve</c> all call this.
/// </summary>
public sealed class ReminderScan(
    ICommitmentStore store,
    ISendLedger ledger,
    ReminderPolicy policy,
    UpdateLinkBuilder links,
    IDigestSender digests,
    IEscalationSender escalations,
    TimeProvider time,
    ILogger<ReminderScan> logger,
    IOwnerIndex ownerIndex)
{
    private readonly ScanPlanning _planning = new(store, ledger, policy, links, logger);

    /// <param name="asOf">The instant to scan at; the clock's now when null.</param>
    /// <param name="dryRun">Plan only: read the store and the ledger, write and send nothing.</param>
    /// <param name="shards">Read the owner index in this many shards (1-64) instead of the full read; null for the full read.</param>
    public async Task<ScanReport> RunAsync(DateTimeOffset? asOf = null, bool dryRun = false, int? shards = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var now = asOf ?? time.GetUtcNow();
        var runId = Guid.NewGuid().ToString("N");

        var plan = await PlanAsync(now, runId, shards, cancellationToken).ConfigureAwait(false);
        var digestOutcomes = new List<DigestOutcome>(plan.Digests.Count);
        var escalationOutcomes = new List<EscalationOutcome>(plan.Escalations.Count);
        if (dryRun)
        {
            digestOutcomes.AddRange(plan.Digests.Select(d => new DigestOutcome(d.Digest, Planned(d.Read))));
            escalationOutcomes.AddRange(plan.Escalations.Select(e => new EscalationOutcome(e.Escalation, Planned(e.Read))));
        }
        else
        {
            var delivery = StartDelivery(runId);
            try
            {
                foreach (var (digest, read) in plan.Digests)
                {
                    digestOutcomes.Add(await DeliverDigestAsync(delivery, digest, read, plan.Skipped, runId, cancellationToken).ConfigureAwait(false));
                }

                escalationOutcomes.AddRange(await DeliverEscalationsAsync(delivery, plan, runId, cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                // Leave no write running past the run, whether it finished or failed.
                await delivery.DrainAsync().ConfigureAwait(false);
            }
        }

        var report = new ScanReport(runId, now, dryRun, plan.Scanned, plan.DueItems, digestOutcomes, escalationOutcomes, plan.Skipped, plan.Undeliverable, time.GetElapsedTime(started));
        ScanLog.Finished(logger, report.Scanned, report.DueItems, report.Sent, report.Skipped, report.Failed, report.Unknown, report.EscalationsSent,
            report.SkippedAddresses.Count, (long)report.Duration.TotalMilliseconds, runId, dryRun);
        if (report.Undeliverable.Count > 0)
        {
            ScanLog.Undeliverable(logger, report.Undeliverable.Count, runId);
        }

        return report;
    }

    /// <summary>The reading half alone, for a run that queues its digests (<c>Queues/DigestEnqueuer</c>).</summary>
    internal Task<ScanPlan> PlanAsync(DateTimeOffset now, string runId, int? shards, CancellationToken cancellationToken) =>
        shards is { } n
            ? _planning.PlanShardsAsync(now, runId, ownerIndex, n, cancellationToken)
            : _planning.PlanAsync(now, runId, cancellationToken);

    /// <summary>One shard of a sharded run, for a shard message (<c>Queues/ShardWorker</c>).</summary>
    internal Task<(int Scanned, List<ReminderCandidate> Escalated, OwnerPlans Plans)> PlanShardAsync(
        DateTimeOffset now, string runId, OwnerIndexShard shard, CancellationToken cancellationToken) =>
        _planning.PlanShardAsync(now, runId, ownerIndex, shard, cancellationToken);

    /// <summary>A sharded run's escalations, once every shard has reported its escalated candidates.</summary>
    internal Task<List<(Escalation, OwnerLedger)>> PlanShardEscalationsAsync(
        IEnumerable<ReminderCandidate> escalated, IReadOnlyDictionary<string, Delivery.ContactHealth> undeliverable, DateTimeOffset now, string runId, List<SkippedAddress> skipped, CancellationToken cancellationToken) =>
        _planning.PlanShardEscalationsAsync(escalated, undeliverable, now, runId, skipped, cancellationToken);

    internal MessageDelivery StartDelivery(string runId) => new(ledger, logger, time, runId);

    internal async Task<DigestOutcome> DeliverDigestAsync(
        MessageDelivery delivery, Digest digest, OwnerLedger read, List<SkippedAddress> skipped, string runId, CancellationToken cancellationToken)
    {
        var message = new PendingMessage(LedgerEntry.For(digest), read, (claim, ct) => digests.SendAsync(digest, runId, claim.ClaimId, ct));
        var (delivered, error) = await DeliverAsync(delivery, message, skipped, runId, cancellationToken).ConfigureAwait(false);
        return new DigestOutcome(digest, delivered, error);
    }

    internal Task<List<EscalationOutcome>> DeliverEscalationsAsync(MessageDelivery delivery, ScanPlan plan, string runId, CancellationToken cancellationToken) =>
        DeliverEscalationsAsync(delivery, plan.Escalations, plan.Skipped, runId, cancellationToken);

    internal async Task<List<EscalationOutcome>> DeliverEscalationsAsync(
        MessageDelivery delivery, IReadOnlyList<(Escalation Escalation, OwnerLedger Read)> planned, List<SkippedAddress> skipped, string runId, CancellationToken cancellationToken)
    {
        var outcomes = new List<EscalationOutcome>(planned.Count);
        foreach (var (escalation, read) in planned)
        {
            var message = new PendingMessage(LedgerEntry.For(escalation), read, (claim, ct) => escalations.SendAsync(escalation, runId, claim.ClaimId, ct));
            var (delivered, error) = await DeliverAsync(delivery, message, skipped, runId, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new EscalationOutcome(escalation, delivered, error));
        }

        return outcomes;
    }

    /// <summary>
    /// One queued digest, for a queue worker: claim, send, settle. Unlike a run's own delivery it
    /// throws what the claim threw, so the queue tries the message again (and at last poisons it).
    /// </summary>
    internal Task<(DigestDelivery Delivery, string? Error)> DeliverQueuedAsync(Digest digest, OwnerLedger read, string runId, CancellationToken cancellationToken) =>
        DeliverOneAsync(digest, LedgerEntry.For(digest), read, runId, cancellationToken);

    /// <summary>One digest on its own, recorded as <paramref name="entry"/>: a queued one, or an Admin's "nudge now". Throws what the claim threw.</summary>
    internal async Task<(DigestDelivery Delivery, string? Error)> DeliverOneAsync(Digest digest, LedgerEntry entry, OwnerLedger read, string runId, CancellationToken cancellationToken)
    {
        var delivery = StartDelivery(runId);
        try
        {
            var message = new PendingMessage(entry, read, (claim, ct) => digests.SendAsync(digest, runId, claim.ClaimId, ct));
            return await delivery.DeliverAsync(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await delivery.DrainAsync().ConfigureAwait(false);
        }
    }

    private static DigestDelivery Planned(OwnerLedger read) => read.DayTaken ? DigestDelivery.Skipped : DigestDelivery.Planned;

    /// <summary>One message; a claim that fails unexpectedly passes over its address and the run goes on.</summary>
    private async Task<(DigestDelivery, string?)> DeliverAsync(
        MessageDelivery delivery, PendingMessage message, List<SkippedAddress> skipped, string runId, CancellationToken cancellationToken)
    {
        (DigestDelivery, string?) outcome = (DigestDelivery.Skipped, null);
        var before = skipped.Count;
        await _planning.ForAddressAsync(message.Entry.To, message.Entry.Kind, message.Entry.Nudges.Select(n => n.CommitmentId), skipped, runId, async () =>
            outcome = await delivery.DeliverAsync(message, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return skipped.Count > before ? (DigestDelivery.Skipped, skipped[^1].Reason) : outcome;
    }
}
