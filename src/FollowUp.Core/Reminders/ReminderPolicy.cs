using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;

namespace FollowUp.Core.Reminders;

/// <summary>
/// Decides which nudge a commitment is owed, and when an owner may receive mail. Pure: the instant
/// is always passed in, and nothing is read from storage or sent.
/// </summary>
/// <remarks>
/// A stage that could not go out on its own day (weekend, holiday, before the send hour, a missed
/// scan) is still the candidate on the next day that can send, until a later stage's date arrives;
/// then only the later one is. This keeps one nudge per commitment per digest and lets a missed
/// run catch up without replaying every stage it slept through.
/// </remarks>
public sealed class ReminderPolicy
{
    private const string Section = "FollowUp:Reminders";

    private static readonly int[] DefaultUpcomingDays = [14, 3];

    private static readonly DayOfWeek[] DefaultWorkingDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private readonly TimeZoneInfo _defaultZone;
    private readonly Dictionary<string, HashSet<DateOnly>> _holidays;

    public ReminderPolicy(RemindersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        UpcomingDays = (options.UpcomingDays is { Count: > 0 } days ? days : DefaultUpcomingDays)
            .Distinct()
            .OrderDescending()
            .ToArray();
        WorkingDays = (options.WorkingDays is { Count: > 0 } working ? working : DefaultWorkingDays).ToHashSet();
        OverdueRepeatDays = options.OverdueRepeatDays;
        EscalateFromOverdueReminder = options.EscalateFromOverdueReminder;
        StaleAfterDays = options.StaleAfterDays;
        SendHour = options.SendHour;
        EscalationCc = string.IsNullOrWhiteSpace(options.EscalationCc) ? null : options.EscalationCc.Trim();
        DefaultTimeZone = options.DefaultTimeZone;
        _defaultZone = TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZone);
        _holidays = (options.Holidays ?? [])
            .GroupBy(h => h.TimeZone, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(h => h.Date).ToHashSet(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Days before the due date of each upcoming stage, latest stage first (e.g. 14, 3).</summary>
    public IReadOnlyList<int> UpcomingDays { get; }

    public IReadOnlySet<DayOfWeek> WorkingDays { get; }

    public int OverdueRepeatDays { get; }

    public int EscalateFromOverdueReminder { get; }

    public int StaleAfterDays { get; }

    public int SendHour { get; }

    /// <summary>The secretariat address, or <c>null</c> when none is configured.</summary>
    public string? EscalationCc { get; }

    public string DefaultTimeZone { get; }

    /// <summary>
    /// Every problem with the options, each naming its setting; empty when they are usable. Exposed
    /// so that start-up validation can report the same messages the constructor would throw.
    /// </summary>
    public static IReadOnlyList<string> Validate(RemindersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();

        foreach (var days in options.UpcomingDays ?? [])
        {
            // 0 would be the due date, which is its own stage.
            if (days is < 1 or > 365)
            {
                errors.Add($"{Section}:UpcomingDays must hold days between 1 and 365 (found {days}).");
            }
        }

        RequireRange(errors, "OverdueRepeatDays", options.OverdueRepeatDays, 1, 365);
        RequireRange(errors, "EscalateFromOverdueReminder", options.EscalateFromOverdueReminder, 1, 100);
        RequireRange(errors, "StaleAfterDays", options.StaleAfterDays, 1, 365);
        RequireRange(errors, "SendHour", options.SendHour, 0, 23);

        if (!string.IsNullOrWhiteSpace(options.EscalationCc) && !CommitmentValidator.IsEmail(options.EscalationCc.Trim()))
        {
            errors.Add($"{Section}:EscalationCc '{options.EscalationCc}' is not an email address.");
        }

        if (!CommitmentValidator.IsIanaTimeZone(options.DefaultTimeZone))
        {
            errors.Add($"{Section}:DefaultTimeZone '{options.DefaultTimeZone}' is not an IANA time zone such as Asia/Karachi.");
        }

        foreach (var day in options.WorkingDays ?? [])
        {
            if (!Enum.IsDefined(day))
            {
                errors.Add($"{Section}:WorkingDays holds '{day}', which is not a day of the week.");
            }
        }

        var holidays = options.Holidays ?? [];
        for (var i = 0; i < holidays.Count; i++)
        {
            // A mistyped zone would silently never match an owner, and mail would go out on the holiday.
            if (!CommitmentValidator.IsIanaTimeZone(holidays[i]?.TimeZone))
            {
                errors.Add($"{Section}:Holidays:{i}:TimeZone '{holidays[i]?.TimeZone}' is not an IANA time zone such as Asia/Baku.");
            }
        }

        return errors;
    }

    /// <summary>
    /// The owner's view of <paramref name="now"/>. A zone this host cannot resolve (or a non-IANA id)
    /// falls back to <see cref="DefaultTimeZone"/>, so a bad record still gets its reminders, on the default calendar.
    /// </summary>
    public OwnerClock ClockFor(string? timeZone, DateTimeOffset now)
    {
        var (zoneId, zone) = CommitmentCalendar.Resolve(timeZone, DefaultTimeZone, _defaultZone);

        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var isWorkingDay = WorkingDays.Contains(today.DayOfWeek)
            && !(_holidays.TryGetValue(zoneId, out var dates) && dates.Contains(today));
        return new OwnerClock(zoneId, zone, localNow, isWorkingDay, isWorkingDay && localNow.Hour >= SendHour);
    }

    /// <summary>The candidate for <paramref name="owner"/> at <paramref name="now"/>, in the owner's own zone.</summary>
    public ReminderCandidate? FindCandidate(Commitment commitment, ResponsibleParty owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return FindCandidate(commitment, owner, ClockFor(owner.TimeZone, now));
    }

    /// <summary>
    /// The latest stage occurrence dated on or before the clock's date: an upcoming date, the due
    /// date, or the current overdue repeat; failing those, the current stale window. <c>null</c>
    /// for a closed or paused commitment, or when nothing is owed yet.
    /// </summary>
    /// <remarks>
    /// The send window is deliberately not applied here, so that previews and tests can ask "what
    /// is owed" at any hour; <see cref="CandidateScan"/> applies it, through <see cref="OwnerClock.CanSendNow"/>.
    /// </remarks>
    public ReminderCandidate? FindCandidate(Commitment commitment, ResponsibleParty owner, OwnerClock clock)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(clock);

        var today = clock.Today;
        if (!commitment.IsOpen || commitment.PausedUntil > today)
        {
            return null;
        }

        var due = commitment.DueDate;
        var daysPastDue = today.DayNumber - due.DayNumber;

        if (daysPastDue > 0)
        {
            var number = ((daysPastDue - 1) / OverdueRepeatDays) + 1;
            var stageDate = due.AddDays(1 + ((number - 1) * OverdueRepeatDays));
            return new(commitment, owner, ReminderStage.Overdue, stageDate, number, number >= EscalateFromOverdueReminder, clock);
        }

        if (daysPastDue == 0)
        {
            return new(commitment, owner, ReminderStage.Due, due, 0, false, clock);
        }

        var daysToDue = -daysPastDue;
        // From the smallest offset up: the first whose date has arrived is the latest upcoming stage.
        for (var i = UpcomingDays.Count - 1; i >= 0; i--)
        {
            if (UpcomingDays[i] >= daysToDue)
            {
                return new(commitment, owner, ReminderStage.Upcoming, due.AddDays(-UpcomingDays[i]), 0, false, clock);
            }
        }

        return FindStale(commitment, owner, clock);
    }

    private ReminderCandidate? FindStale(Commitment commitment, ResponsibleParty owner, OwnerClock clock)
    {
        var since = commitment.LastUpdate?.At ?? commitment.CreatedAt;
        if (since is not { } at)
        {
            return null;
        }

        // Windows are counted from a fixed base so that every scan in a window names the same
        // stage date, and the ledger sees a repeat rather than a new nudge.
        var baseDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.Zone).DateTime);
        var windows = (clock.Today.DayNumber - baseDate.DayNumber) / StaleAfterDays;
        return windows < 1
            ? null
            : new(commitment, owner, ReminderStage.Stale, baseDate.AddDays(windows * StaleAfterDays), 0, false, clock);
    }

    private static void RequireRange(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{Section}:{name} must be between {min} and {max} (was {value}).");
        }
    }
}
