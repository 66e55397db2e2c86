namespace FollowUp.Core.Email;

/// <summary>
/// One email as every transport carries it: FollowUp's digests, escalations and fresh links are each
/// composed into this shape, and <see cref="IEmailTransport"/> knows nothing else about them.
/// </summary>
/// <param name="HtmlBody">FollowUp's own HTML body, every stored value already encoded.</param>
/// <param name="Categories">For SendGrid's statistics; the transport keeps them within SendGrid's limits.</param>
/// <param name="Template">A SendGrid dynamic template that renders the message instead of the bodies; the outbox always writes the bodies.</param>
public sealed record EmailMessage(
    EmailRecipient To,
    string Subject,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<string> Categories,
    MessageTracking Tracking,
    DynamicTemplate? Template = null);
