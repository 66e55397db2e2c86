using System.Collections.ObjectModel;

namespace FollowUp.Core.Updates;

/// <summary>
/// What a host writes back: the status code, the Content-Type, a UTF-8 body, and every other header
/// (security headers on every response, <c>Allow</c> on 405, <c>Location</c> on 303).
/// </summary>
public sealed record ProgressResponse(int StatusCode, string ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The redirect target of a 303, also present in <see cref="Headers"/>; a path on this host.</summary>
    public string? Location => Headers.TryGetValue("Location", out var location) ? location : null;

    internal static ProgressResponse Create(int statusCode, string contentType, string body, params IEnumerable<KeyValuePair<string, string>> extraHeaders)
    {
        var headers = new Dictionary<string, string>(SecurityHeaders.All, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in extraHeaders)
        {
            headers[name] = value;
        }

        return new ProgressResponse(statusCode, contentType, body, new ReadOnlyDictionary<string, string>(headers));
    }
}
