using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Secretariat;

/// <summary>One nudge of one commitment as the send ledger recorded it: to whom, which stage, when.</summary>
/// <param name="At">When the message was sent (settled), or claimed when its outcome is not known yet.</param>
/// <param name="State">The ledger's state: Sent, Claimed (sending, or its run stopped) or Unknown.</param>
public sealed record SentReminder(
    DateTimeOffset At,
    string To,
    MessageKind Kind,
    ReminderStage Stage,
    DateOnly StageDate,
    DateOnly LocalDate,
    string State);
