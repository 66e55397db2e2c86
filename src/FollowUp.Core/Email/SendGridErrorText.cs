using System.Net;
using System.Text.Json;

namespace FollowUp.Core.Email;

/// <summary>Turns a SendGrid error response into the words an operator can act on.</summary>
internal static class SendGridErrorText
{
    private const int MaxLength = 1000;

    /// <summary>
    /// SendGrid answers <c>{"errors":[{"message":"…","field":"…"}]}</c>; the messages are what an operator
    /// needs ("The to email does not contain a valid address."). Anything else is quoted, shortened.
    /// </summary>
    public static string Describe(HttpStatusCode status, string? body)
    {
        var prefix = $"SendGrid answered {(int)status} {status}";
        var messages = TryReadMessages(body);
        if (messages.Count > 0)
        {
            return Shorten($"{prefix}: {string.Join("; ", messages)}");
        }

        return string.IsNullOrWhiteSpace(body) ? prefix : Shorten($"{prefix}: {body.Trim()}");
    }

    private static List<string> TryReadMessages(string? body)
    {
        var messages = new List<string>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return messages;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.ValueKind == JsonValueKind.Object
                        && error.TryGetProperty("message", out var message)
                        && message.ValueKind == JsonValueKind.String
                        && !string.IsNullOrWhiteSpace(message.GetString()))
                    {
                        var field = error.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                        messages.Add(string.IsNullOrWhiteSpace(field) ? message.GetString()! : $"{message.GetString()} (field: {field})");
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not SendGrid's JSON (a proxy's HTML page, say): the caller quotes the body instead.
        }

        return messages;
    }

    private static string Shorten(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
