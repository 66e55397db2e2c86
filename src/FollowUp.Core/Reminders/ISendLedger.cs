namespace FollowUp.Core.Reminders;

/// <summary>
/// Remembers which nudges went out, so that no (commitment, owner, stage, stage date) is sent twice
/// and no owner address gets more than one digest per local day, across reruns and overlapping runs.
/// </summary>
public interface ISendLedger
{
    /// <summary>
    /// In one read, what the ledger holds for an owner: the nudges recorded (claimed or sent; not
    /// those whose send failed) with a stage date on or after <paramref name="fromStageDate"/>, and
    /// the owner's digest row for <paramref name="localDate"/>, if any.
    /// </summary>
    Task<OwnerLedger> ReadAsync(string ownerEmail, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the owner's digest for its local day and records its items as claimed, atomically with
    /// the day's claim, conditional on the day row being as <paramref name="day"/> saw it. Returns null
    /// when the day is taken: sent, being sent by another run, or left unconfirmed by a run that
    /// stopped mid-send.
    /// </summary>
    Task<DigestClaim?> TryClaimAsync(Digest digest, string runId, LedgerDay? day, CancellationToken cancellationToken = default);

    Task MarkSentAsync(DigestClaim claim, string? messageId, CancellationToken cancellationToken = default);

    /// <summary>Releases the day and the items, so the next run sends them again.</summary>
    Task MarkFailedAsync(DigestClaim claim, string reason, CancellationToken cancellationToken = default);
}
