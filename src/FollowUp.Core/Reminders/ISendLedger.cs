namespace FollowUp.Core.Reminders;

/// <summary>
/// Remembers which nudges went out, so that no (commitment, owner, stage, stage date) is sent twice
/// and no owner address gets more than one digest per local day, across reruns and overlapping runs.
/// </summary>
public interface ISendLedger
{
    /// <summary>
    /// The nudges recorded for an owner (claimed or sent; not those whose send failed) with a stage
    /// date on or after <paramref name="fromStageDate"/>.
    /// </summary>
    Task<IReadOnlySet<ReminderKey>> RecordedAsync(string ownerEmail, DateOnly fromStageDate, CancellationToken cancellationToken = default);

    /// <summary>Whether the owner's digest for that local day is sent, or claimed by a run; a dry run asks this instead of claiming.</summary>
    Task<bool> IsDayTakenAsync(string ownerEmail, DateOnly localDate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the owner's digest for its local day and records its items as claimed, atomically with
    /// the day's claim. Returns null when the day is already taken: sent, being sent by another run,
    /// or left unconfirmed by a run that stopped mid-send.
    /// </summary>
    Task<DigestClaim?> TryClaimAsync(Digest digest, string runId, CancellationToken cancellationToken = default);

    Task MarkSentAsync(DigestClaim claim, string? messageId, CancellationToken cancellationToken = default);

    /// <summary>Releases the day and the items, so the next run sends them again.</summary>
    Task MarkFailedAsync(DigestClaim claim, string reason, CancellationToken cancellationToken = default);
}
