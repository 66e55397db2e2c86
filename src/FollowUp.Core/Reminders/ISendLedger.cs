using FollowUp.Core.Email;

namespace FollowUp.Core.Reminders;

/// <summary>
/// Remembers which nudges went out, so that no (commitment, address, stage, stage date) is sent twice
/// and no address gets more than one message of a kind per local day, across reruns, overlapping runs
/// and runs that see different local days.
/// </summary>
public interface ISendLedger
{
    /// <summary>
    /// In one read, what the ledger holds for an address and a kind: the nudges recorded (claimed,
    /// sent or unknown; not those whose send failed or was sandboxed) with a stage date on or after
    /// <paramref name="fromStageDate"/>, the row for <paramref name="localDate"/>, and the version of
    /// the address's claim head.
    /// </summary>
    Task<OwnerLedger> ReadAsync(MessageKind kind, string address, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the message for its local day and records its nudges, in one atomic write that also
    /// requires that no other claim for this address and kind was made since <paramref name="read"/>:
    /// whatever day another run saw, a nudge it claimed meanwhile makes this claim fail. Returns null
    /// when the day is taken or another claim came first.
    /// </summary>
    Task<LedgerClaim?> TryClaimAsync(LedgerEntry entry, string runId, OwnerLedger read, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records what became of the send: sent; failed or sandboxed (released, so the next run plans its
    /// nudges again); or unknown (kept, never sent again).
    /// </summary>
    Task SettleAsync(LedgerClaim claim, SendResult result, CancellationToken cancellationToken = default);
}
