namespace FollowUp.Core.Snapshots;

/// <summary>One digest nudge the send ledger holds as sent: which commitment, to which address (canonical), when claimed.</summary>
public sealed record ReminderSend(string CommitmentId, string Address, DateTimeOffset At);
