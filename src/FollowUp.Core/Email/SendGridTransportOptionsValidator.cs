using Microsoft.Extensions.Options;

namespace FollowUp.Core.Email;

/// <summary>Stops start-up on a transport setting the pipeline cannot use, naming the setting.</summary>
public sealed class SendGridTransportOptionsValidator : IValidateOptions<SendGridTransportOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, SendGridTransportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.MaxAttempts is < 1 or > 10)
        {
            failures.Add($"{SendGridTransportOptions.SectionName}:MaxAttempts must be between 1 and 10.");
        }

        Check(failures, nameof(options.BaseDelay), options.BaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        Check(failures, nameof(options.MaxBackoff), options.MaxBackoff, TimeSpan.Zero, TimeSpan.FromHours(1));
        Check(failures, nameof(options.MaxRateLimitWait), options.MaxRateLimitWait, TimeSpan.Zero, TimeSpan.FromHours(1));

        // Polly's own bounds for a timeout.
        Check(failures, nameof(options.AttemptTimeout), options.AttemptTimeout, Shortest, Day);
        Check(failures, nameof(options.TotalTimeout), options.TotalTimeout, Shortest, Day);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string setting, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{SendGridTransportOptions.SectionName}:{setting} must be between {min:c} and {max:c}; it is {value:c}.");
        }
    }
}
