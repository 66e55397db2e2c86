namespace FollowUp.Core.Delivery;

/// <summary>What reading a webhook body gave: its events, or why it is not a batch of events.</summary>
public abstract record EventBatch
{
    private EventBatch()
    {
    }

    public sealed record Parsed(IReadOnlyList<DeliveryEvent> Events) : EventBatch;

    /// <param name="Reason">For the sender, naming the element and the field; never the body.</param>
    public sealed record Malformed(string Reason) : EventBatch;
}
