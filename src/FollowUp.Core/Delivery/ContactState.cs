namespace FollowUp.Core.Delivery;

/// <summary>Whether mail reaches an address, by SendGrid's events.</summary>
public enum ContactState
{
    /// <summary>No event has been heard for it.</summary>
    Unknown,

    Ok,

    /// <summary>A hard bounce, or a drop because SendGrid holds the address as bounced or invalid.</summary>
    Bounced,

    /// <summary>Dropped for another reason SendGrid gives for refusing the address.</summary>
    Dropped,

    /// <summary>The recipient reported a message as spam, or SendGrid dropped one for that.</summary>
    Spam,
}
