using System.Diagnostics.CodeAnalysis;
using NCrontab;

namespace FollowUp.Core.Configuration;

/// <summary>
/// The one reading of FollowUp's schedules: six-field NCRONTAB with seconds, in UTC, as the Functions
/// host reads a timer's schedule. Checked at start-up, so a typo stops the app with the setting's name
/// instead of a timer that never fires; <c>followup serve</c> runs its scan on the same parse.
/// </summary>
public static class CronSchedules
{
    private static readonly CrontabSchedule.ParseOptions WithSeconds = new() { IncludingSeconds = true };

    public static bool TryParse(string? expression, [NotNullWhen(true)] out CrontabSchedule? schedule)
    {
        schedule = string.IsNullOrWhiteSpace(expression) ? null : CrontabSchedule.TryParse(expression, WithSeconds);
        return schedule is not null;
    }

    /// <summary>The message naming <paramref name="setting"/>, or null when the expression is a schedule.</summary>
    public static string? Problem(string setting, string? expression) =>
        TryParse(expression, out _)
            ? null
            : $"{setting} '{expression}' is not a six-field NCRONTAB expression (seconds first, UTC) such as '0 0 * * * *'.";
}
