namespace FollowUp.Core.Delivery;

/// <summary>The one rule that turns a message's events into its <see cref="DeliveryState"/>.</summary>
public static class DeliveryStates
{
    public static DeliveryState From(IEnumerable<string> eventNames)
    {
        ArgumentNullException.ThrowIfNull(eventNames);
        var state = DeliveryState.Accepted;
        foreach (var name in eventNames)
        {
            var next = Of(name);
            if (next > state)
            {
                state = next;
            }
        }

        return state;
    }

    /// <summary><c>accepted</c>, <c>processed</c>, …, <c>spam-reported</c>: how views and JSON spell a state.</summary>
    public static string Name(DeliveryState state) => state switch
    {
        DeliveryState.SpamReported => "spam-reported",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static DeliveryState Of(string name) => name switch
    {
        DeliveryEventNames.Processed => DeliveryState.Processed,
        DeliveryEventNames.Deferred => DeliveryState.Deferred,
        DeliveryEventNames.Delivered => DeliveryState.Delivered,
        DeliveryEventNames.SpamReport => DeliveryState.SpamReported,
        DeliveryEventNames.Dropped => DeliveryState.Dropped,
        DeliveryEventNames.Bounce => DeliveryState.Bounced,
        _ => DeliveryState.Accepted,
    };
}
