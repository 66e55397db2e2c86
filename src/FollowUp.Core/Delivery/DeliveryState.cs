namespace FollowUp.Core.Delivery;

/// <summary>
/// Where one message stands by SendGrid's events. A function of the set of events, never of their
/// order: the later states outrank the earlier, and a bounce, a drop or a spam report is final.
/// </summary>
public enum DeliveryState
{
    /// <summary>Handed over, and no event has come yet.</summary>
    Accepted,
    Processed,
    Deferred,
    Delivered,
    SpamReported,
    Dropped,
    Bounced,
}
