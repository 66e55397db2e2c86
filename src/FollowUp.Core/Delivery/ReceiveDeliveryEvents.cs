using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Delivery;

/// <summary>
/// The Event Webhook's use case: verify the signature over the raw body, then read and record the
/// batch. Nothing is read, let alone stored, before the signature verifies.
/// </summary>
public sealed class ReceiveDeliveryEvents(
    EventWebhookSignature signature,
    IDeliveryEventStore store,
    TimeProvider time,
    ILogger<ReceiveDeliveryEvents> logger)
{
    public async Task<EventsOutcome> HandleAsync(string? signatureHeader, string? timestampHeader, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var check = signature.Check(signatureHeader, timestampHeader, body.Span);
        if (check != SignatureCheck.Verified)
        {
            DeliveryLog.Refused(logger, check);
            return check switch
            {
                SignatureCheck.Missing => new EventsOutcome.NoSignature(),
                SignatureCheck.Stale => new EventsOutcome.Stale(),
                SignatureCheck.NotConfigured => new EventsOutcome.NotConfigured(),
                _ => new EventsOutcome.BadSignature(),
            };
        }

        switch (EventBatchParser.Parse(body, time.GetUtcNow()))
        {
            case EventBatch.Malformed malformed:
                DeliveryLog.Malformed(logger);
                return new EventsOutcome.Malformed(malformed.Reason);
            case EventBatch.Parsed { Events: var events }:
                await store.RecordAsync(events, cancellationToken).ConfigureAwait(false);
                var matched = events.Count(e => e.IsMatched);
                DeliveryLog.Recorded(logger, events.Count, matched, events.Count - matched);
                return new EventsOutcome.Recorded(matched, events.Count - matched);
            default:
                throw new InvalidOperationException("Not a batch outcome FollowUp knows.");
        }
    }
}
