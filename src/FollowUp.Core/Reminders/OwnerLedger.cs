using FollowUp.Core.Delivery;

namespace FollowUp.Core.Reminders;

/// <summary>What the send ledger holds for one address and one kind of message at the start of a scan.</summary>
/// <param name="Recorded">The nudges claimed, sent or of unknown outcome: never to be planned again.</param>
/// <param name="Day">The address's row for the scan's local day; null when there is none.</param>
/// <param name="Head">The version of the row every claim for this address and kind rewrites; null when none was ever made.</param>
/// <param name="UnreadableRow">A row FollowUp cannot parse: the address is passed over until an operator mends it.</param>
/// <param name="Contact">What SendGrid's events say of the address (digest reads only); null when nothing was heard.</param>
public sealed record OwnerLedger(IReadOnlySet<ReminderKey> Recorded, LedgerDay? Day, string? Head = null, string? UnreadableRow = null, ContactHealth? Contact = null)
{
    public bool DayTaken => Day is { Taken: true };
}
