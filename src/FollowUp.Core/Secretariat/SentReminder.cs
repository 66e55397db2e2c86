using FollowUp.Core.Delivery;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Secretariat;

/// <summary>One nudge of one commitment as the send ledger recorded it: to whom, which stage, when.</summary>
/// <param name="At">When the message was sent (settled), or claimed when its outcome is not known yet.</param>
/// <param name="State">The ledger's state: Sent, Claimed (sending, or its run stopped) or Unknown.</param>
/// <param name="Events">SendGrid's events for the message, oldest first.</param>
public sealed record SentReminder(
    DateTimeOffset At,
    string To,
    MessageKind Kind,
    ReminderStage Stage,
    DateOnly StageDate,
    DateOnly LocalDate,
    string State,
    IReadOnlyList<MessageEvent> Events)
{
    /// <summary>Where the message stands by its events, by the one rule in <see cref="DeliveryStates"/>.</summary>
    public DeliveryState Delivery => DeliveryStates.From(Events.Select(e => e.Event));
}
