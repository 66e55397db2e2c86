namespace FollowUp.Core.Email;

/// <summary>
/// Carries one message: SendGrid when <c>FollowUp:Email:SendGridApiKey</c> is set, else the local .eml
/// outbox. Provider failures come back as a <see cref="SendResult"/>, never as an exception; only the
/// caller's own cancellation throws.
/// </summary>
public interface IEmailTransport
{
    Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
