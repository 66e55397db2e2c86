namespace FollowUp.Core.Commitments;

/// <summary>Calendar questions about a commitment, answered in each owner's own time zone.</summary>
public static class CommitmentCalendar
{
    /// <summary>The owner's calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(ResponsibleParty owner, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ZoneOrUtc(owner.TimeZone)).DateTime);
    }

    /// <summary>
    /// The zone for displaying an owner's dates, or UTC where <see cref="Resolve"/> falls back.
    /// </summary>
    public static TimeZoneInfo ZoneOrUtc(string? timeZone) => Resolve(timeZone, "UTC", TimeZoneInfo.Utc).Zone;

    /// <summary>
    /// The one rule for an owner's zone. Stored zones are validated IANA ids, so the fallback is
    /// reached only for a non-IANA id or on a host without that zone's data: the caller says what
    /// then stands in (UTC to show dates, the configured default zone to plan reminders), rather than failing.
    /// </summary>
    public static (string Id, TimeZoneInfo Zone) Resolve(string? timeZone, string fallbackId, TimeZoneInfo fallback) =>
        IanaZones.TryFind(timeZone, out var found)
            ? (timeZone!, found)
            : (fallbackId, fallback);

    /// <summary>
    /// Open and past its due date for at least one owner. Owners in zones ahead of the others
    /// see a deadline pass first, and the commitment is late for them from that moment.
    /// </summary>
    public static bool IsOverdue(Commitment commitment, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return commitment.IsOpen && commitment.Owners.Any(o => LocalDate(o, instant) > commitment.DueDate);
    }
}
