namespace FollowUp.Core.Delivery;

/// <summary>SendGrid's names for the delivery events FollowUp acts on; any other name is kept as it came.</summary>
public static class DeliveryEventNames
{
    public const string Processed = "processed";
    public const string Deferred = "deferred";
    public const string Delivered = "delivered";
    public const string Bounce = "bounce";
    public const string Dropped = "dropped";
    public const string SpamReport = "spamreport";

    /// <summary>A bounce event's <c>type</c> for a soft bounce: the receiver refused for now, the address may be fine.</summary>
    public const string Blocked = "blocked";

    /// <summary>SendGrid had the message: it processed, tried, delivered or bounced it, or it was reported as spam.</summary>
    public static bool MeansAccepted(string name) => name is Processed or Deferred or Delivered or Bounce or SpamReport;
}
