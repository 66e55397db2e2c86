using FollowUp.Core.Commitments;

namespace FollowUp.Core.Reminders;

/// <summary>One commitment in a digest, the reason it is there, and the owner's own update link.</summary>
/// <param name="StageDate">The owner-local date this stage fell due; with the stage it names the nudge in the send ledger.</param>
/// <param name="OverdueReminder">For overdue items, which overdue reminder this is (1 on due+1, 2 on due+8, …); otherwise 0.</param>
/// <param name="Escalated">The secretariat and the escalation contact are told of this item in their own escalation message.</param>
public sealed record DigestItem(
    Commitment Commitment,
    ReminderStage Stage,
    DateOnly StageDate,
    int OverdueReminder,
    bool Escalated,
    Uri UpdateLink);
