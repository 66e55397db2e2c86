namespace FollowUp.Core.Delivery;

/// <summary>Reads back the messages FollowUp sent and what SendGrid said of each, for the operator.</summary>
public interface IDeliveryReader
{
    /// <summary>
    /// Digests and escalations by recipient and day, then fresh links, streamed. <paramref name="since"/>
    /// narrows by row-key range (local day) or, for fresh links, by event time; <paramref name="address"/>
    /// reads that one address's partition only.
    /// </summary>
    IAsyncEnumerable<DeliveryRecord> ListAsync(DateOnly? since = null, string? address = null, CancellationToken cancellationToken = default);
}
