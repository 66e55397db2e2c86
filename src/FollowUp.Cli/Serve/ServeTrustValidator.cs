using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.Serve;

/// <summary>
/// Serve trusts <c>X-MS-CLIENT-PRINCIPAL</c> only on loopback: off this machine nothing strips a
/// client's own copy of the header, and anyone could name themselves Admin.
/// </summary>
public sealed class ServeTrustValidator(bool loopbackOnly) : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Secretariat.TrustEasyAuthHeaders && !loopbackOnly
            ? ValidateOptionsResult.Fail("FollowUp:Secretariat:TrustEasyAuthHeaders is true, but followup serve trusts that header only while every --urls address is loopback (127.0.0.1, [::1], localhost). Listen on loopback, or leave the setting off.")
            : ValidateOptionsResult.Success;
    }
}
