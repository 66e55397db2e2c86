using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Email;

/// <summary>
/// Stops start-up when the sender's name is one SendGrid cannot carry, naming the setting. Checked with
/// or without an API key, so that the local outbox never shows a sender that production would refuse.
/// </summary>
public sealed class EmailOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problem = SendGridNames.SenderProblem(options.Email.FromName);
        return problem is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"FollowUp:Email:FromName must be plain ASCII without , ; \" < or >: {problem}.");
    }
}
