using FollowUp.Core.Configuration;
using FollowUp.Web.Updates.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FollowUp.Web;

/// <summary>
/// The headers on every response FollowUp gives: the owner's routes in both hosts (their route
/// filter), and in <c>followup serve</c> every other answer too (<see cref="SecurityHeadersMiddleware"/>).
/// </summary>
public sealed class SecurityHeaders
{
    /// <summary>
    /// The pages need nothing but their own inline stylesheet, allowed by its hash, and may post only
    /// to this origin. No script can run, so an injected tag would be inert even if encoding failed.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{PageStyles.Hash}'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>A year, the value browsers' preload lists ask for; subdomains are the operator's to decide, so they are left out.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    private readonly KeyValuePair<string, string>[] _all;

    public SecurityHeaders(IOptions<FollowUpOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<KeyValuePair<string, string>> all =
        [
            new("Content-Security-Policy", ContentSecurityPolicy),
            // The token is in the URL; no other site may learn it from a Referer.
            new("Referrer-Policy", "no-referrer"),
            // Pages show a ministry's report and carry a bearer link; no shared or browser cache keeps them.
            new("Cache-Control", "no-store"),
            new("X-Content-Type-Options", "nosniff"),
            new("X-Frame-Options", "DENY"),
            // No other site's window keeps a handle on a page with a live link, nor embeds what it serves.
            new("Cross-Origin-Opener-Policy", "same-origin"),
            new("Cross-Origin-Resource-Policy", "same-origin"),
        ];

        // Only where links are https: HSTS on a plain-http loopback host would pin localhost to https.
        if (Uri.TryCreate(options.Value.PublicBaseUrl, UriKind.Absolute, out var publicBase) && publicBase.Scheme == Uri.UriSchemeHttps)
        {
            all.Add(new("Strict-Transport-Security", StrictTransportSecurity));
        }

        _all = [.. all];
    }

    /// <summary>Sets every header; a handler that needs another value (the local outbox's CSP) sets its own after this.</summary>
    public void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var (name, value) in _all)
        {
            response.Headers[name] = value;
        }
    }
}
