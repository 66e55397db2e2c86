namespace FollowUp.Core.Reminders;

/// <param name="Error">Why a send failed or is unknown, in the provider's words; never the message body or a key.</param>
public sealed record DigestOutcome(Digest Digest, DigestDelivery Delivery, string? Error = null);
