namespace FollowUp.Core.Commitments;

/// <summary>Calendar questions about a commitment, answered in each owner's own time zone.</summary>
public static class CommitmentCalendar
{
    /// <summary>The owner's calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(ResponsibleParty owner, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(owner.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

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
