using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Reminders;

/// <summary>Runs the reminder policy's own checks at start-up, so a bad zone or day list stops the app with its name.</summary>
public sealed class RemindersOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = ReminderPolicy.Validate(options.Reminders);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
