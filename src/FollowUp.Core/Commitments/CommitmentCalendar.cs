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
    /// The zone for displaying an owner's dates. Stored zones are validated IANA ids, so UTC is
    /// reached only on a host without that zone's data; then dates read in UTC rather than failing.
    /// </summary>
    public static TimeZoneInfo ZoneOrUtc(string? timeZone) =>
        timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;

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
