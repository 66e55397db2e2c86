using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FollowUp.Web.Updates;

/// <summary>Content negotiation for the owner's routes: HTML for browsers, JSON for clients that ask for it.</summary>
internal static class OwnerMediaTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";

    private const string FormType = "application/x-www-form-urlencoded";
    private const string JsonType = "application/json";

    /// <summary>JSON when the Accept header prefers it, or when an update is posted as JSON; the page otherwise.</summary>
    public static bool WantsJson(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PrefersJson(request) || (HttpMethods.IsPost(request.Method) && IsJson(request.ContentType));
    }

    public static bool IsForm(string? contentType) => Is(contentType, FormType);

    public static bool IsJson(string? contentType) => Is(contentType, JsonType);

    /// <summary>
    /// True when the Accept header ranks <c>application/json</c> above HTML. Browsers list HTML first
    /// and <c>*/*</c> last, so they get the page; a missing or unreadable header gets the page too.
    /// </summary>
    private static bool PrefersJson(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges))
        {
            return false;
        }

        double json = 0, html = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (range.MediaType.Equals(JsonType, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
            else if (range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
        }

        return json > 0 && json > html;
    }

    /// <summary>The media type matches and the charset, if any, is UTF-8: the only one the pages send or read.</summary>
    private static bool Is(string? contentType, string mediaType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is not { Length: > 0 } charset || string.Equals(charset.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase));
}
