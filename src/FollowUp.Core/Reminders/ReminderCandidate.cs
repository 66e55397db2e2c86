using FollowUp.Core.Commitments;

namespace FollowUp.Core.Reminders;

/// <summary>
/// The one nudge a commitment is owed by one owner at one instant: the latest stage occurrence
/// whose date has arrived in the owner's zone. Whether it was already sent is the caller's
/// question, answered with <see cref="Key"/> against the send ledger.
/// </summary>
/// <param name="StageDate">The owner-local date the stage fell due (may be before today when catching up).</param>
/// <param name="OverdueReminder">For overdue candidates, which overdue reminder (1 on due+1); otherwise 0.</param>
/// <param name="Clock">The owner's clock the candidate was found with; its date and zone head the digest.</param>
public sealed record ReminderCandidate(
    Commitment Commitment,
    ResponsibleParty Owner,
    ReminderStage Stage,
    DateOnly StageDate,
    int OverdueReminder,
    bool Escalated,
    OwnerClock Clock)
{
    public ReminderKey Key => new(Commitment.Id, Owner.Email, Stage, StageDate);
}
