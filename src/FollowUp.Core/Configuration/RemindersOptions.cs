namespace FollowUp.Core.Configuration;

/// <summary>
/// The reminder policy. Every date it speaks of is the owner's local calendar date. Its rules are
/// checked in one place, <see cref="FollowUp.Core.Reminders.ReminderPolicy.Validate"/>, at start-up and
/// whenever a policy is built, so a bad value gives one message naming its setting.
/// </summary>
public sealed class RemindersOptions
{
    /// <summary>Days before the due date that an "upcoming" reminder goes out. Empty means 14 and 3.</summary>
    public IList<int> UpcomingDays { get; set; } = [];

    /// <summary>Overdue reminders go out on due+1, then every this many days.</summary>
    public int OverdueRepeatDays { get; set; } = 7;

    /// <summary>The overdue reminder (1-based) from which the secretariat and the escalation contact are told, in an escalation message of their own.</summary>
    public int EscalateFromOverdueReminder { get; set; } = 3;

    /// <summary>An open commitment with no update for this many days gets a "please post an update" nudge.</summary>
    public int StaleAfterDays { get; set; } = 30;

    /// <summary>The secretariat address that receives the daily escalation message.</summary>
    public string? EscalationCc { get; set; }

    /// <summary>The zone used for an owner whose zone cannot be resolved on this host.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Days a digest may go out. Empty means Monday to Friday.</summary>
    public IList<DayOfWeek> WorkingDays { get; set; } = [];

    /// <summary>Local hour (0-23) at or after which a digest may go out.</summary>
    public int SendHour { get; set; } = 9;

    /// <summary>Dates on which no digest goes out to owners in the given zone.</summary>
    public IList<HolidayOptions> Holidays { get; set; } = [];
}

public sealed class HolidayOptions
{
    public string TimeZone { get; set; } = "";

    public DateOnly Date { get; set; }
}
