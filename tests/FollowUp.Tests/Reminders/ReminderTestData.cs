using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;

namespace FollowUp.Tests.Reminders;

/// <summary>
/// Builders for reminder tests. Dates are June 2025, when the 1st was a Sunday: the 6th, 13th and
/// 20th are Fridays, the 7th/8th and 14th/15th weekends.
/// </summary>
internal static class ReminderTestData
{
    public const string Karachi = "Asia/Karachi"; // UTC+5, no DST
    public const string Baku = "Asia/Baku"; // UTC+4, no DST
    public const string Utc = "UTC";

    public static ResponsibleParty Owner(
        string email = "planning@mopd.gov.pk",
        string timeZone = Karachi,
        string ministry = "Ministry of Planning") => new(ministry, email, timeZone, OwnerRole.Lead);

    public static Commitment CommitmentDue(string id, DateOnly due, params ResponsibleParty[] owners) => new()
    {
        Id = id,
        Commission = "pak-aze-jc8",
        Title = $"Commitment {id}",
        Sector = "trade",
        DueDate = due,
        Status = CommitmentStatus.InProgress,
        Owners = owners.Length > 0 ? owners : [Owner()],
    };

    public static ReminderPolicy Policy(Action<RemindersOptions>? configure = null)
    {
        var options = new RemindersOptions();
        configure?.Invoke(options);
        return new ReminderPolicy(options);
    }

    public static DigestPlanner Planner(ReminderPolicy? policy = null) => new(policy ?? Policy(), Link);

    /// <summary>The instant at which it is <paramref name="hour"/>:<paramref name="minute"/> on <paramref name="date"/> in <paramref name="timeZone"/>.</summary>
    public static DateTimeOffset LocalTime(DateOnly date, int hour, string timeZone, int minute = 0)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static Uri Link(Commitment commitment, ResponsibleParty owner) =>
        new($"https://followup.example/u/{commitment.Id}?owner={Uri.EscapeDataString(owner.Email)}");
}
