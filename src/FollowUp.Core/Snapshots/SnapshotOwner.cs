using FollowUp.Core.Commitments;

namespace FollowUp.Core.Snapshots;

/// <summary>One owner of a commitment as a snapshot froze it, with the reminders sent to it and how it answered.</summary>
/// <param name="Country">ISO 3166 alpha-2, from <see cref="OwnerCountry.Of"/>; <c>null</c> when the data does not say.</param>
/// <param name="RemindersSent">Digest nudges for this commitment the send ledger holds as sent to this owner by the as-of time.</param>
/// <param name="RemindersAnswered">Of those, how many this owner answered with a report before the next one.</param>
/// <param name="UnansweredReminders">Reminders sent since this owner's last report on the commitment (all of them when it never reported).</param>
public sealed record SnapshotOwner(
    string Ministry,
    string Email,
    string TimeZone,
    OwnerRole Role,
    string? Country,
    int RemindersSent,
    int RemindersAnswered,
    int UnansweredReminders,
    DateTimeOffset? LastReminderAt,
    DateTimeOffset? LastReportAt);
