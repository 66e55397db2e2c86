using Microsoft.Extensions.Options;

namespace FollowUp.Core.Configuration;

/// <summary>
/// Stops a host that would deliver reminders into the outbox while recording them in real storage.
/// Hosts that send register it (the Functions app always; followup for its sending commands unless
/// the operator opts out), since listing or importing without a SendGrid key is harmless.
/// </summary>
public sealed class OutboxOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options) =>
        OutboxRule.Check(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
