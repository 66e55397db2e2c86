namespace FollowUp.Core.Email;

/// <summary>
/// Whether the provider took the message. A rejection carries the provider's own words so that the
/// operator can act on them; it never carries the API key or the message body.
/// </summary>
public sealed record SendResult(bool Accepted, string? MessageId, string? Error)
{
    public static SendResult Sent(string? messageId) => new(true, messageId, null);

    public static SendResult Failed(string error) => new(false, null, error);
}
