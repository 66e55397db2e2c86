using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Links;

/// <summary>Builds the link an owner follows to update a commitment: <c>PublicBaseUrl/api/commitments/{id}/progress?token=…</c>.</summary>
public sealed class UpdateLinkBuilder
{
    public const string BaseUrlSetting = FollowUpOptions.SectionName + ":" + nameof(FollowUpOptions.PublicBaseUrl);

    private readonly LinkTokenSigner _signer;
    private readonly string _routeBase;

    public UpdateLinkBuilder(LinkTokenSigner signer, IOptions<FollowUpOptions> options)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.Value.PublicBaseUrl;
        var errors = ValidateBaseUrl(baseUrl);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(FollowUpOptions.SectionName, typeof(FollowUpOptions), errors);
        }

        _signer = signer;
        // A base URL may carry a path (a reverse proxy's prefix); keep it and join with exactly one slash.
        _routeBase = LinkRoutes.RouteBase(new Uri(baseUrl, UriKind.Absolute).GetLeftPart(UriPartial.Path));
    }

    /// <summary>The link for <paramref name="owner"/>, signed with the owner's current link generation.</summary>
    public Uri BuildUpdateLink(string commitmentId, ResponsibleParty owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var token = _signer.CreateToken(commitmentId, owner.Email, owner.LinkGeneration);
        return new Uri(LinkRoutes.ProgressUrl(_routeBase, commitmentId, token), UriKind.Absolute);
    }

    /// <summary>
    /// Problems with <c>FollowUp:PublicBaseUrl</c> as the origin of update links. Plain http is refused
    /// except on loopback: a link is a bearer credential and must not cross a network in clear text.
    /// </summary>
    public static IReadOnlyList<string> ValidateBaseUrl(string? baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return [$"{BaseUrlSetting} must be an absolute http(s) URL, the public origin of the Functions app or local host."];
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return [$"{BaseUrlSetting} must not contain a query, fragment or user info."];
        }

        // The pages redirect to this path with the host left off; a path that starts with two slashes
        // (a backslash reads as one) is a protocol-relative URL, and the browser would leave the site.
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal))
        {
            return [$"{BaseUrlSetting} must not have a path that starts with '//': the redirect after a save would lead to another site."];
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            return [$"{BaseUrlSetting} must use https (http is accepted only for a loopback address in development)."];
        }

        return [];
    }
}
