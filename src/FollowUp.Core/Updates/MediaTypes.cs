using System.Net.Http.Headers;

namespace FollowUp.Core.Updates;

/// <summary>Content negotiation for the owner's routes: HTML for browsers, JSON for clients that ask for it.</summary>
internal static class MediaTypes
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";

    public static bool IsForm(string? contentType) => Is(contentType, Form);

    public static bool IsJson(string? contentType) => Is(contentType, Json);

    /// <summary>
    /// True when the Accept header ranks <c>application/json</c> above HTML. Browsers list HTML first
    /// and <c>*/*</c> last, so they get the page; a missing or unreadable header gets the page too.
    /// </summary>
    public static bool PrefersJson(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return false;
        }

        double json = 0, html = 0;
        foreach (var part in accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!MediaTypeWithQualityHeaderValue.TryParse(part, out var range) || range.MediaType is null)
            {
                continue;
            }

            var quality = range.Quality ?? 1.0;
            if (string.Equals(range.MediaType, Json, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
            else if (string.Equals(range.MediaType, "text/html", StringComparison.OrdinalIgnoreCase)
                || string.Equals(range.MediaType, "application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
        }

        return json > 0 && json > html;
    }

    /// <summary>The media type matches and the charset, if any, is UTF-8: the only one the pages send or read.</summary>
    private static bool Is(string? contentType, string mediaType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType, mediaType, StringComparison.OrdinalIgnoreCase)
        && (parsed.CharSet is null || string.Equals(parsed.CharSet.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase));
}
