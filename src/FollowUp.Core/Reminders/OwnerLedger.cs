namespace FollowUp.Core.Reminders;

/// <summary>What the send ledger holds for one owner address at the start of a scan.</summary>
/// <param name="Day">The owner's digest row for the scan's local day; null when there is none.</param>
public sealed record OwnerLedger(IReadOnlySet<ReminderKey> Recorded, LedgerDay? Day)
{
    public bool DayTaken => Day is { Taken: true };
}
