using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.LocalSettings;

/// <summary>Core's outbox rule for the commands that send, with the way out the operator can take.</summary>
public sealed class CliOutboxValidator : IValidateOptions<FollowUpOptions>
{
    public const string AllowOutboxFlag = "--allow-outbox";

    public ValidateOptionsResult Validate(string? name, FollowUpOptions options) =>
        OutboxRule.Check(options) is { } problem
            ? ValidateOptionsResult.Fail($"{problem} To write .eml files against this storage all the same, pass {AllowOutboxFlag}.")
            : ValidateOptionsResult.Success;
}
