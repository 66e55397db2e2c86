namespace FollowUp.Core.Email;

/// <summary>
/// What became of one message handed to a transport: a closed set, so that every caller decides
/// what each case means for the send ledger. A refusal carries the provider's own words so that the
/// operator can act on them; no case carries the API key or the message body.
/// </summary>
public abstract record SendResult
{
    private SendResult()
    {
    }

    /// <summary>The provider has the message (SendGrid answered 2xx; the outbox wrote the file).</summary>
    public sealed record Accepted(string? MessageId) : SendResult;

    /// <summary>The provider validated the message but delivers nothing (SendGrid's sandbox mode): what it carried is still owed.</summary>
    public sealed record Sandboxed(string? MessageId) : SendResult;

    /// <summary>The provider cannot have the message: it refused it, or no attempt reached it. Sending again is safe.</summary>
    public sealed record Refused(string Error) : SendResult;

    /// <summary>
    /// The provider may or may not have the message: an attempt timed out, or the connection was lost,
    /// after the request went out. It must never be sent again on FollowUp's own initiative.
    /// </summary>
    public sealed record Unknown(string Reason) : SendResult;
}
