using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Email;

namespace FollowUp.Cli.Output;

/// <summary>
/// The JSON contract of <c>followup deliveries --format json</c>:
/// <c>{ "deliveries": [ { "kind", "to", "day", "state", "messageId", "events": [ { "event", "at" } ] } ] }</c>;
/// kind is <c>digest</c>, <c>escalation</c> or <c>link</c>.
/// </summary>
public static class DeliveriesJson
{
    public static DeliveryJson From(DeliveryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DeliveryJson(
            KindName(record.Kind),
            record.To,
            IsoDate.Format(record.Day),
            record.State,
            record.MessageId,
            [.. record.Events.Select(e => new EventJson(e.Event, ScanJson.Instant(e.At)))]);
    }

    public static string KindName(MessageKind kind) => kind switch
    {
        MessageKind.Digest => "digest",
        MessageKind.Escalation => "escalation",
        _ => "link",
    };

    public sealed record DeliveryJson(string Kind, string To, string Day, string State, string? MessageId, IReadOnlyList<EventJson> Events);

    public sealed record EventJson(string Event, string At);
}
