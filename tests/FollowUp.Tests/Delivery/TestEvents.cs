using System.Text.Json;

namespace FollowUp.Tests.Delivery;

/// <summary>Event batches shaped as SendGrid's Event Webhook posts them, custom args at the top level.</summary>
internal static class TestEvents
{
    public static Dictionary<string, object?> Event(
        string email, string name, DateTimeOffset at, string? id = null, string? kind = "digest", string? localDate = "2026-11-30", string? claimId = null, string? reason = null, string? type = null)
    {
        var e = new Dictionary<string, object?>
        {
            ["email"] = email,
            ["timestamp"] = at.ToUnixTimeSeconds(),
            ["event"] = name,
            ["sg_event_id"] = id ?? Guid.NewGuid().ToString("N")[..22] + "==",
            ["sg_message_id"] = "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
            ["smtp-id"] = "<14c5d75ce93.dfd.64b469@ismtpd-555>",
            ["category"] = new[] { "followup", "digest" },
        };
        if (kind is not null)
        {
            e["kind"] = kind;
            e["run_id"] = "run-1";
        }

        if (localDate is not null)
        {
            e["local_date"] = localDate;
        }

        if (claimId is not null)
        {
            e["claim_id"] = claimId;
        }

        if (reason is not null)
        {
            e["reason"] = reason;
        }

        if (type is not null)
        {
            e["type"] = type;
        }

        return e;
    }

    public static byte[] Batch(params IEnumerable<Dictionary<string, object?>> events) => JsonSerializer.SerializeToUtf8Bytes(events.ToList());
}
