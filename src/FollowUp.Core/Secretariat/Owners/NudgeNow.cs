using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Links;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat.Owners;

/// <summary>
/// "Nudge now": one digest outside the schedule, of every open commitment the ministry owns, with its
/// own links, claimed, sent and settled through the scan's send ledger as the owner's digest of its
/// local day. So it shares the scan's one-a-day rule both ways: refused when the owner had a digest
/// today, and the scan sends nothing more today once it went. The owed stages it carries are recorded,
/// so the scan does not send them again on a later day; each commitment gets a history line.
/// </summary>
public sealed class NudgeNow(ICommitmentStore store, ISendLedger ledger, ReminderPolicy policy, UpdateLinkBuilder links, ReminderScan scan, TimeProvider time)
{
    public async Task<OwnerActionOutcome> SendAsync(string email, OwnerAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var errors = new List<ValidationError>();
        var reason = OwnerActionRules.Reason(action.Reason, errors);
        var (owns, open) = await ReadOwnedAsync(email, cancellationToken).ConfigureAwait(false);
        if (!owns)
        {
            return new OwnerActionOutcome.NotFound();
        }

        if (errors.Count > 0)
        {
            return new OwnerActionOutcome.Invalid(errors);
        }

        // The clock of the first open commitment in key order, as the scan reads this address, so both
        // count the same local day.
        var clock = open.Count == 0 ? null : policy.ClockFor(open[0].FindOwner(email)!.TimeZone, time.GetUtcNow());
        var candidates = clock is null ? [] : Candidates(email, open, clock);
        if (candidates.Count == 0)
        {
            return new OwnerActionOutcome.Refused(
                "Nothing was sent: this ministry has no open commitment to remind it of" + (open.Count > 0 ? " (its open ones are paused)." : "."));
        }

        var read = await ledger.ReadAsync(MessageKind.Digest, email, clock!.Today, clock.Today, cancellationToken).ConfigureAwait(false);
        if (Refusal(read, clock.Today) is { } refusal)
        {
            return new OwnerActionOutcome.Refused(refusal);
        }

        var digest = new DigestPlanner(policy, (c, o) => links.BuildUpdateLink(c.Id, o)).PlanFor(candidates);
        var runId = "nudge-" + Guid.NewGuid().ToString("N");

        // Not the request's token from here: once claimed, the send and its history lines should finish
        // even if the Admin closes the page, or the ledger would show a digest the history does not.
        var (delivery, _) = await scan.DeliverOneAsync(digest, LedgerEntry.For(digest) with { Manual = true }, read, runId, CancellationToken.None).ConfigureAwait(false);
        switch (delivery)
        {
            case DigestDelivery.Sent:
                await RecordAsync(digest, "Digest sent outside the schedule", action.By, reason!).ConfigureAwait(false);
                return new OwnerActionOutcome.Done($"A digest of {Count(digest.Items.Count)} went to {digest.To}; today's scan sends this ministry nothing more.");
            case DigestDelivery.Unknown:
                await RecordAsync(digest, "Digest sent outside the schedule; the mail provider did not confirm it", action.By, reason!).ConfigureAwait(false);
                return new OwnerActionOutcome.Refused(
                    "The mail provider did not confirm whether it took the digest. It may have arrived, so it is not sent again, and today's scan sends this ministry nothing more.");
            case DigestDelivery.Skipped:
                return new OwnerActionOutcome.Refused(TakenToday(clock.Today));
            case DigestDelivery.Sandboxed:
                return new OwnerActionOutcome.Refused("Nothing was delivered: SendGrid's sandbox mode is on. The scan still owes this ministry its reminders.");
            default:
                return new OwnerActionOutcome.Refused("Nothing was sent: the mail provider did not take the digest. Try again.");
        }
    }

    /// <summary>Whether the address owns any commitment, and its open ones in the store's key order.</summary>
    private async Task<(bool Owns, List<Commitment> Open)> ReadOwnedAsync(string email, CancellationToken cancellationToken)
    {
        var owns = false;
        var open = new List<Commitment>();
        if (CommitmentValidator.EmailProblem(email?.Trim()) is not null)
        {
            return (owns, open);
        }

        await foreach (var commitment in store.QueryAsync(openOnly: false, cancellationToken).ConfigureAwait(false))
        {
            if (commitment.FindOwner(email!) is not null)
            {
                owns = true;
                if (commitment.IsOpen)
                {
                    open.Add(commitment);
                }
            }
        }

        return (owns, open);
    }

    /// <summary>
    /// One item per open, unpaused commitment: the stage the policy owes it today, or, when nothing is
    /// owed yet, an upcoming nudge dated today, a key no scan plans (a real upcoming stage dated today
    /// would have been the one owed), so it is counted like any digest and resends nothing.
    /// </summary>
    private List<ReminderCandidate> Candidates(string email, List<Commitment> open, OwnerClock clock) =>
        [.. open.Where(c => !(c.PausedUntil > clock.Today)).Select(c =>
        {
            var owner = c.FindOwner(email)!;
            return policy.FindCandidate(c, owner, clock) ?? new ReminderCandidate(c, owner, ReminderStage.Upcoming, clock.Today, 0, false, clock);
        })];

    private static string? Refusal(OwnerLedger read, DateOnly today) => read switch
    {
        { UnreadableRow: { } row } => $"Nothing was sent: this ministry's send-ledger row {row} cannot be read. An operator must mend or delete it first.",
        { DayTaken: true } => TakenToday(today),
        { Contact: { IsUndeliverable: true } contact } =>
            $"Nothing was sent: SendGrid reports this address as {contact.StateName} ({contact.Reason}). Correct the address or reset its contact health first.",
        _ => null,
    };

    private static string TakenToday(DateOnly today) =>
        $"Nothing was sent: this ministry already had its digest for {IsoDate.Format(today)} (its own date), from the scan or a nudge. One a day; try again tomorrow.";

    private static string Count(int items) => items == 1 ? "1 commitment" : $"{items} commitments";

    private async Task RecordAsync(Digest digest, string note, string by, string reason)
    {
        foreach (var item in digest.Items)
        {
            await OwnerHistory.RecordAsync(store, time, item.Commitment, $"{note} to {digest.Ministry} ({digest.To})", by, reason, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
