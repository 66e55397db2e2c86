using Azure;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Email;
using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Reminders;

/// <summary>
/// The scan's reading half: streams the open commitments once, finds what each owner is owed, drops
/// what the ledger says went out already, and plans one digest per owner and one escalation per
/// copied address. Every address is planned on its own: a failure reading its ledger or building its
/// links passes over that address alone.
/// </summary>
internal sealed partial class ScanPlanning(ICommitmentStore store, ISendLedger ledger, ReminderPolicy policy, UpdateLinkBuilder links, ILogger logger)
{
    public Task<ScanPlan> PlanAsync(DateTimeOffset now, string runId, CancellationToken cancellationToken) =>
        PlanAsync(now, runId, store.QueryAsync(openOnly: true, cancellationToken), cancellationToken);

    /// <summary>Plans over <paramref name="open"/> instead of the store's open commitments: the schedule plans one read ahead at many instants.</summary>
    public async Task<ScanPlan> PlanAsync(DateTimeOffset now, string runId, IAsyncEnumerable<Commitment> open, CancellationToken cancellationToken)
    {
        var planner = NewPlanner();
        var (scanned, byOwner) = await FindCandidatesAsync(planner, now, open, cancellationToken).ConfigureAwait(false);
        var owners = await PlanOwnersAsync(planner, byOwner, runId, cancellationToken).ConfigureAwait(false);
        var escalations = await PlanEscalationsAsync(byOwner.Values.SelectMany(c => c), owners.Undeliverable, now, runId, owners.Skipped, cancellationToken).ConfigureAwait(false);
        return owners.ToPlan(scanned, escalations);
    }

    private DigestPlanner NewPlanner() => new(policy, (commitment, owner) => links.BuildUpdateLink(commitment.Id, owner));

    /// <summary>Each owner's ledger read and digest: the step the full read and every shard share.</summary>
    private async Task<OwnerPlans> PlanOwnersAsync(
        DigestPlanner planner, Dictionary<string, List<ReminderCandidate>> byOwner, string runId, CancellationToken cancellationToken)
    {
        var plans = new OwnerPlans();
        foreach (var (owner, candidates) in byOwner)
        {
            var ids = candidates.Select(c => c.Commitment.Id);
            await ForAddressAsync(owner, MessageKind.Digest, ids, plans.Skipped, runId, async () =>
            {
                // Every candidate of one address was found on that address's one clock, so one local day.
                var read = await ReadAsync(MessageKind.Digest, owner, candidates.Min(c => c.StageDate), candidates[0].Clock.Today, ids, plans.Skipped, cancellationToken).ConfigureAwait(false);
                var unsent = candidates.Where(c => !read.Recorded.Contains(c.Key)).ToList();
                plans.Due += unsent.Count;

                // The health comes with the ledger read each owner needs anyway (its row sorts inside the
                // digest range), so knowing it costs the scan no request of its own.
                if (read.Contact is { IsUndeliverable: true } contact)
                {
                    // Nothing is claimed, so its nudges stay owed and go out once the mark is cleared.
                    plans.Undeliverable[owner] = contact;
                    if (unsent.Count > 0)
                    {
                        plans.Held.Add((contact, unsent));
                    }
                }
                else if (unsent.Count > 0)
                {
                    plans.Digests.Add((planner.PlanFor(unsent), read));
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        return plans;
    }

    private async Task<List<(Escalation, OwnerLedger)>> PlanEscalationsAsync(
        IEnumerable<ReminderCandidate> candidates,
        IReadOnlyDictionary<string, ContactHealth> undeliverable,
        DateTimeOffset now,
        string runId,
        List<SkippedAddress> skipped,
        CancellationToken cancellationToken)
    {
        var planner = new EscalationPlanner(policy);
        var clock = planner.ClockAt(now);
        var escalations = new List<(Escalation, OwnerLedger)>();
        foreach (var (address, items) in planner.Collect(candidates, clock.Today, undeliverable))
        {
            var ids = items.Select(i => i.Commitment.Id);
            await ForAddressAsync(address, MessageKind.Escalation, ids, skipped, runId, async () =>
            {
                var held = await ReadAsync(MessageKind.Escalation, address, items.Min(i => i.StageDate), clock.Today, ids, skipped, cancellationToken).ConfigureAwait(false);
                if (EscalationPlanner.Plan(address, clock, items.Where(i => !held.Recorded.Contains(ReminderKey.ForEscalation(address, i)))) is { } escalation)
                {
                    escalations.Add((escalation, held));
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        return escalations;
    }

    private async Task<OwnerLedger> ReadAsync(
        MessageKind kind, string address, DateOnly from, DateOnly today, IEnumerable<string> ids, List<SkippedAddress> skipped, CancellationToken cancellationToken)
    {
        var held = await ledger.ReadAsync(kind, address, from, today, cancellationToken).ConfigureAwait(false);
        if (held.UnreadableRow is { } row)
        {
            // Planned all the same, so the report shows the message as skipped beside its reason.
            skipped.Add(new SkippedAddress(address, kind, [.. ids], $"its send-ledger row {row} cannot be read; mend or delete it"));
        }

        return held;
    }

    /// <summary>Runs one address's step; an unexpected failure passes over that address, logged with its commitments.</summary>
    internal async Task ForAddressAsync(
        string address, MessageKind kind, IEnumerable<string> commitmentIds, List<SkippedAddress> skipped, string runId, Func<Task> step, CancellationToken cancellationToken)
    {
        try
        {
            await step().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var ids = commitmentIds.Distinct(StringComparer.Ordinal).ToList();
            var reason = Describe(ex);
            ScanLog.AddressSkipped(logger, kind, string.Join(",", ids), reason, runId);
            skipped.Add(new SkippedAddress(address, kind, ids, reason));
        }
    }

    private async Task<(int Scanned, Dictionary<string, List<ReminderCandidate>> ByOwner)> FindCandidatesAsync(
        DigestPlanner planner, DateTimeOffset now, IAsyncEnumerable<Commitment> open, CancellationToken cancellationToken)
    {
        var scan = planner.StartScan(now);
        var byOwner = new Dictionary<string, List<ReminderCandidate>>(EmailAddresses.Comparer);
        var scanned = 0;
        await foreach (var commitment in open.ConfigureAwait(false))
        {
            scanned++;
            AddCandidates(scan, commitment, _ => true, byOwner, logger);
        }

        return (scanned, byOwner);
    }

    /// <summary>
    /// Adds the commitment's candidates that <paramref name="keep"/> accepts to their owners' lists,
    /// for the full read and every shard alike.
    /// </summary>
    internal static void AddCandidates(
        CandidateScan scan, Commitment commitment, Func<ReminderCandidate, bool> keep, Dictionary<string, List<ReminderCandidate>> byOwner, ILogger logger)
    {
        List<ReminderCandidate> candidates;
        try
        {
            candidates = [.. scan.Candidates(commitment)];
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // One commitment the policy cannot place must not hold up every other owner's digest.
            ScanLog.CommitmentSkipped(logger, commitment.Id, ex.GetType().Name);
            return;
        }

        foreach (var candidate in candidates.Where(keep))
        {
            if (!byOwner.TryGetValue(candidate.Owner.Email, out var list))
            {
                byOwner[candidate.Owner.Email] = list = [];
            }

            list.Add(candidate);
        }
    }

    /// <summary>For the operator: what failed, in words that carry no token, key or body.</summary>
    private static string Describe(Exception ex) => ex switch
    {
        RequestFailedException failed => $"Table Storage answered {failed.Status} {failed.ErrorCode}",
        AggregateException { InnerExceptions: [RequestFailedException or HttpRequestException, ..] } => "Table Storage could not be reached",
        HttpRequestException => "Table Storage could not be reached",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
