namespace FollowUp.Core.Delivery;

/// <summary>
/// Keeps SendGrid's events, each once by its id, and what they say about the recipient's address.
/// Idempotent: recording a batch again, whole or in part and in any order, changes nothing.
/// </summary>
public interface IDeliveryEventStore
{
    /// <summary>Returns once every event is durably stored; throws when storage fails (nothing is then acknowledged).</summary>
    Task RecordAsync(IReadOnlyList<DeliveryEvent> events, CancellationToken cancellationToken = default);
}
