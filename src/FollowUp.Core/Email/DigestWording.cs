using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Email;

/// <summary>
/// The words a digest uses (and the escalation message shares). They live in code rather than in the
/// templates so that the subject, both bodies and a SendGrid dynamic template say exactly the same thing.
/// </summary>
internal static class DigestWording
{
    public static string Heading(int count) =>
        count == 1 ? "1 commitment needs your update" : $"{count} commitments need your update";

    public static string Subject(IReadOnlyList<DigestItem> items, DateOnly localDate, TimeZoneInfo zone)
    {
        var heading = Heading(items.Count);
        if (items.Count == 1)
        {
            var only = StageText(items[0], localDate, zone);
            return $"{heading} — {char.ToLowerInvariant(only[0])}{only[1..]}";
        }

        // The summary names only the most urgent stage: that is what decides whether the reader opens it now.
        var mostUrgent = items.Min(i => i.Stage);
        var inStage = items.Where(i => i.Stage == mostUrgent).ToList();
        var summary = mostUrgent switch
        {
            ReminderStage.Overdue => $"{inStage.Count} overdue",
            ReminderStage.Due => $"{inStage.Count} due today",
            ReminderStage.Upcoming => "next " + DueIn(inStage.Min(i => i.Commitment.DueDate.DayNumber - localDate.DayNumber)),
            _ => inStage.Count == 1 ? "1 without a recent update" : $"{inStage.Count} without a recent update",
        };
        return $"{heading} — {summary}";
    }

    public static string StageText(DigestItem item, DateOnly localDate, TimeZoneInfo zone)
    {
        var commitment = item.Commitment;
        switch (item.Stage)
        {
            case ReminderStage.Overdue:
                var late = localDate.DayNumber - commitment.DueDate.DayNumber;
                return late > 0 ? $"Overdue by {Days(late)}" : "Overdue";
            case ReminderStage.Due:
                return "Due today";
            case ReminderStage.Upcoming:
                var ahead = commitment.DueDate.DayNumber - localDate.DayNumber;
                return ahead > 0 ? char.ToUpperInvariant(DueIn(ahead)[0]) + DueIn(ahead)[1..] : "Due soon";
            default:
                var quiet = DaysSinceLastUpdate(commitment, localDate, zone);
                return quiet is > 0 ? $"No update for {Days(quiet.Value)}" : "No update yet";
        }
    }

    public static string? EscalationNotice(DigestItem item, DateOnly localDate)
    {
        if (!item.Escalated)
        {
            return null;
        }

        var late = localDate.DayNumber - item.Commitment.DueDate.DayNumber;
        return item.Stage == ReminderStage.Overdue && late > 0
            ? $"The secretariat has been told that this commitment is {Days(late)} overdue."
            : "The secretariat has been told about this commitment.";
    }

    public static string StageName(ReminderStage stage) => stage switch
    {
        ReminderStage.Overdue => "overdue",
        ReminderStage.Due => "due",
        ReminderStage.Upcoming => "upcoming",
        _ => "stale",
    };

    /// <summary>"15 March 2026": unambiguous for readers in Islamabad and Baku alike, unlike 03/15 or 15/03.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The calendar date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static string DueIn(int days) => days == 1 ? "due tomorrow" : $"due in {days} days";

    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static int? DaysSinceLastUpdate(Commitment commitment, DateOnly localDate, TimeZoneInfo zone)
    {
        // Staleness counts from the last update or, before the first one, from when FollowUp stored it.
        var since = commitment.LastUpdate?.At ?? commitment.CreatedAt;
        if (since is null)
        {
            return null;
        }

        return localDate.DayNumber - LocalDate(since.Value, zone).DayNumber;
    }
}
