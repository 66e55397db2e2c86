using Microsoft.Extensions.Options;

namespace FollowUp.Core.Configuration;

/// <summary>Refuses at start-up a schedule a timer could not read: the scan's and the backup's.</summary>
public sealed class ScheduleOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string?[] problems =
        [
            CronSchedules.Problem("FollowUp:ScanSchedule", options.ScanSchedule),
            CronSchedules.Problem("FollowUp:BackupSchedule", options.BackupSchedule),
        ];
        var failures = problems.OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
