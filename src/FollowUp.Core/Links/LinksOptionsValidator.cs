using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Links;

/// <summary>
/// Checks the link settings at start-up (with <c>ValidateOnStart</c>), with the same rules the link
/// services apply when they are built, so a bad key stops the app at boot rather than at the first email.
/// </summary>
public sealed class LinksOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = LinkSigningKeys.Validate(options.Links)
            .Concat(UpdateLinkBuilder.ValidateBaseUrl(options.PublicBaseUrl))
            .Concat(LinkSigningKeys.ValidateForPublicBaseUrl(options.Links, options.PublicBaseUrl))
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
