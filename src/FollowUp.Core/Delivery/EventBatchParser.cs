using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;

namespace FollowUp.Core.Delivery;

/// <summary>
/// Reads SendGrid's event batch: a JSON array of objects, each with <c>email</c>, <c>event</c>,
/// <c>timestamp</c> (Unix seconds), <c>sg_event_id</c> and the message's custom args at the top level.
/// Unknown event names and unknown fields are kept or ignored, never refused: SendGrid adds them.
/// </summary>
public static class EventBatchParser
{
    /// <summary>The longest reason or response kept; SendGrid's SMTP responses can run long.</summary>
    public const int MaxReasonLength = 1000;

    private const int MaxFieldLength = 256;

    public static EventBatch Parse(ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return new EventBatch.Malformed($"The body is not JSON (line {ex.LineNumber + 1}): SendGrid sends a JSON array of events.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new EventBatch.Malformed("The body is not a JSON array of events.");
            }

            var events = new List<DeliveryEvent>(document.RootElement.GetArrayLength());
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return new EventBatch.Malformed($"Event [{index}] is not a JSON object.");
                }

                events.Add(Read(element, receivedAt));
                index++;
            }

            return new EventBatch.Parsed(events);
        }
    }

    private static DeliveryEvent Read(JsonElement element, DateTimeOffset receivedAt)
    {
        var at = element.TryGetProperty("timestamp", out var ts) && ts.ValueKind == JsonValueKind.Number && ts.TryGetInt64(out var seconds)
            && seconds is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : receivedAt;
        var kind = Text(element, "kind") switch
        {
            "digest" => MessageKind.Digest,
            "escalation" => MessageKind.Escalation,
            "fresh-link" => MessageKind.FreshLink,
            _ => (MessageKind?)null,
        };
        DateOnly? localDate = IsoDate.TryParse(Text(element, "local_date") ?? "", out var date) ? date : null;
        return new DeliveryEvent(
            Text(element, "sg_event_id") ?? HashOf(element),
            Text(element, "email", MaxReasonLength) ?? "",
            Text(element, "event") ?? "unknown",
            at,
            Text(element, "sg_message_id"),
            Text(element, "reason", MaxReasonLength) ?? Text(element, "response", MaxReasonLength),
            Text(element, "type"),
            kind,
            localDate,
            Text(element, "claim_id"),
            Text(element, "run_id"));
    }

    private static string? Text(JsonElement element, string name, int maxLength = MaxFieldLength)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrEmpty(text) ? null : text.Length > maxLength ? text[..maxLength] : text;
    }

    /// <summary>An id for an event SendGrid sent without one (older drop events): the same event always gets the same id.</summary>
    private static string HashOf(JsonElement element) =>
        "h-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(element.GetRawText())))[..32].ToString(CultureInfo.InvariantCulture);
}
