using FollowUp.Core.Updates.Views;

namespace FollowUp.Core.Updates;

/// <summary>The headers on every response of the owner's routes, HTML or JSON, success or error.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The pages need nothing but their own inline stylesheet, allowed by its hash, and may post only
    /// to this origin. No script can run, so an injected tag would be inert even if encoding failed.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{PageStyles.Hash}'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        // The token is in the URL; no other site may learn it from a Referer.
        ["Referrer-Policy"] = "no-referrer",
        // Pages show a ministry's report and carry a bearer link; no shared or browser cache keeps them.
        ["Cache-Control"] = "no-store",
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
    };
}
