namespace FollowUp.Core.Reminders;

/// <summary>
/// One instant as an owner sees it: their calendar date and wall-clock time, and whether a digest
/// may go out to them now. Built by <see cref="ReminderPolicy.ClockFor"/>, which owns the rules.
/// </summary>
public sealed record OwnerClock
{
    internal OwnerClock(string timeZone, TimeZoneInfo zone, DateTimeOffset localNow, bool isWorkingDay, bool canSendNow)
    {
        TimeZone = timeZone;
        Zone = zone;
        LocalNow = localNow;
        IsWorkingDay = isWorkingDay;
        CanSendNow = canSendNow;
    }

    /// <summary>The IANA zone actually used: the owner's own, or the configured default when theirs is unknown here.</summary>
    public string TimeZone { get; }

    internal TimeZoneInfo Zone { get; }

    /// <summary>The instant with the zone's offset, so that <c>LocalNow.Hour</c> is the owner's hour.</summary>
    public DateTimeOffset LocalNow { get; }

    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    /// <summary>A configured working day that is not a holiday in this zone.</summary>
    public bool IsWorkingDay { get; }

    /// <summary>A working day and at or after the send hour.</summary>
    public bool CanSendNow { get; }
}
