using FollowUp.Web.Updates.Views;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web;

/// <summary>The headers on every response of the owner's routes, HTML or JSON, success or error.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The pages need nothing but their own inline stylesheet, allowed by its hash, and may post only
    /// to this origin. No script can run, so an injected tag would be inert even if encoding failed.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{PageStyles.Hash}'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly KeyValuePair<string, string>[] All =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        // The token is in the URL; no other site may learn it from a Referer.
        new("Referrer-Policy", "no-referrer"),
        // Pages show a ministry's report and carry a bearer link; no shared or browser cache keeps them.
        new("Cache-Control", "no-store"),
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
    ];

    /// <summary>Sets every header; a handler that needs another value sets its own after this.</summary>
    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var (name, value) in All)
        {
            response.Headers[name] = value;
        }
    }
}
