using FollowUp.Core.Configuration;
using NCrontab;

namespace FollowUp.Cli.Serve;

/// <summary>
/// When the local host runs the reminder scan: on <c>FollowUp:ScanSchedule</c>, read with NCrontab
/// (the parser the Functions host uses, six fields with seconds, UTC), or every fixed interval.
/// </summary>
public sealed class ScanSchedule
{
    private readonly CrontabSchedule? _cron;
    private readonly TimeSpan? _every;

    private ScanSchedule(CrontabSchedule? cron, TimeSpan? every)
    {
        _cron = cron;
        _every = every;
    }

    /// <summary>With a fixed interval the first scan runs at once, so a demo shows mail straight away.</summary>
    public bool RunsAtStart => _every is not null;

    public string Description => _every is { } every ? $"every {every}" : $"on the schedule '{_cron}' (UTC)";

    public static ScanSchedule Cron(string expression)
    {
        // Start-up validation has already refused a schedule that does not parse.
        return CronSchedules.TryParse(expression, out var cron)
            ? new ScanSchedule(cron, null)
            : throw new ArgumentException(CronSchedules.Problem("FollowUp:ScanSchedule", expression), nameof(expression));
    }

    public static ScanSchedule Every(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.FromSeconds(1));
        return new ScanSchedule(null, interval);
    }

    public DateTimeOffset Next(DateTimeOffset after) =>
        _every is { } every
            ? after + every
            : new DateTimeOffset(_cron!.GetNextOccurrence(after.UtcDateTime), TimeSpan.Zero);

    /// <summary>Reads <c>30s</c>, <c>5m</c>, <c>1h</c> or a TimeSpan such as <c>00:05:00</c>.</summary>
    public static bool TryParseInterval(string text, out TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(text);
        interval = default;
        if (text.Length >= 2 && int.TryParse(text.AsSpan(0, text.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            interval = text[^1] switch
            {
                's' => TimeSpan.FromSeconds(n),
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                _ => default,
            };
            if (interval > TimeSpan.Zero)
            {
                return true;
            }
        }

        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out interval) && interval >= TimeSpan.FromSeconds(1);
    }
}
