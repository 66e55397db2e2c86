using System.Text.RegularExpressions;

namespace FollowUp.Functions.Telemetry;

/// <summary>
/// Removes what must never reach Application Insights from a piece of telemetry text: the value of
/// any <c>token</c> query parameter (a signed link is a bearer credential, and it carries the owner's
/// address) and anything shaped like an email address, plain or percent-encoded once or twice (the
/// send ledger's partition key is the owner's address, and it appears in Table Storage URLs).
/// </summary>
public static partial class TelemetryRedaction
{
    public const string RedactedToken = "[redacted]";

    public const string RedactedAddress = "[address]";

    /// <summary>The text with every token value and address replaced; null stays null.</summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var withoutTokens = text.Contains("token", StringComparison.OrdinalIgnoreCase)
            ? TokenValue().Replace(text, "${name}" + RedactedToken)
            : text;
        return Address().Replace(withoutTokens, RedactedAddress);
    }

    /// <summary>A URL with its token values and addresses redacted.</summary>
    public static Uri? Redact(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var redacted = Redact(url.OriginalString)!;
        if (string.Equals(redacted, url.OriginalString, StringComparison.Ordinal))
        {
            return url;
        }

        // Better no URL than one that still carries what was just removed.
        return Uri.TryCreate(redacted, url.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative, out var parsed) ? parsed : null;
    }

    // `token=`, also inside a URL that is itself a query value (%3D, %253D), up to the next separator.
    // NonBacktracking keeps the cost linear whatever the input.
    [GeneratedRegex(@"(?<name>token(=|%3D|%253D))[^&\s""'<>#]+", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex TokenValue();

    // A local part, '@' (or %40, or %2540 when a percent-encoded key sits in a URL), and a domain whose
    // last label starts with a letter. Percent signs stay in the local part so encoded characters are caught.
    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+(@|%40|%2540)([\p{L}\p{N}\-]+\.)+\p{L}[\p{L}\p{N}\-]*", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
