namespace FollowUp.Core.Delivery;

/// <summary>What checking a webhook request's signature found.</summary>
public enum SignatureCheck
{
    Verified,

    /// <summary>The signature or timestamp header is missing.</summary>
    Missing,

    /// <summary>The signature does not verify over the timestamp and body with the configured key.</summary>
    Invalid,

    /// <summary>Authentic, but signed further from now than the tolerance allows: a replay, or a clock far off.</summary>
    Stale,

    /// <summary>No verification key is configured, so nothing can be trusted.</summary>
    NotConfigured,
}
