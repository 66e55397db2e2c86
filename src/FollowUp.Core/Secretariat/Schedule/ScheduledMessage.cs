using FollowUp.Core.Delivery;
using FollowUp.Core.Email;

namespace FollowUp.Core.Secretariat.Schedule;

/// <summary>One message a scan will send (or hold), at the scan's instant.</summary>
/// <param name="At">The scan occurrence that sends it, UTC.</param>
/// <param name="Name">The ministry of a digest's owner; empty for a copied address.</param>
/// <param name="TimeZone">The zone the message is dated in: the owner's (as the scan resolves it), or the default for a copied address.</param>
/// <param name="LocalDate">The message's day in <paramref name="TimeZone"/>, which names its send-ledger row.</param>
/// <param name="HeldBecause">The owner's address is marked undeliverable: the scan sends nothing and its nudges stay owed.</param>
public sealed record ScheduledMessage(
    DateTimeOffset At,
    MessageKind Kind,
    string To,
    string Name,
    string TimeZone,
    DateOnly LocalDate,
    IReadOnlyList<ScheduledItem> Items,
    ContactHealth? HeldBecause = null)
{
    public bool IsHeld => HeldBecause is not null;
}
