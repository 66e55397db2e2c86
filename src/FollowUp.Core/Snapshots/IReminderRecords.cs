namespace FollowUp.Core.Snapshots;

/// <summary>Every owner reminder (digest nudge) the send ledger holds as sent, by commitment id.</summary>
public interface IReminderRecords
{
    Task<ILookup<string, ReminderSend>> ReadAsync(CancellationToken cancellationToken = default);
}
