using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FollowUp.Core.Email;

/// <summary>Writes the fresh-link email to the outbox when no SendGrid key is set, like the digests.</summary>
public sealed partial class OutboxFreshLinkSender(
    IOptions<FollowUpOptions> options,
    TimeProvider time,
    ILogger<OutboxFreshLinkSender> logger) : IFreshLinkSender
{
    public async Task<bool> SendAsync(Commitment commitment, ResponsibleParty owner, Uri link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(owner);
        var email = options.Value.Email;
        var (subject, html, text) = FreshLinkEmail.Render(commitment, owner, link, options.Value.Links.LifetimeDays);
        var now = time.GetUtcNow();

        var message = OutboxDigestSender.Envelope(email, new MailboxAddress(owner.Ministry, owner.Email), subject, now);

        message.Headers.Add("X-FollowUp-Commitments", commitment.Id);
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();

        await OutboxDigestSender.WriteAsync(message, email.OutboxPath, owner.Email, now, cancellationToken).ConfigureAwait(false);
        LogWritten(logger, commitment.Id);
        return true;
    }

    [LoggerMessage(EventId = 3120, Level = LogLevel.Information, Message = "Wrote a fresh update link for commitment {CommitmentId} to the outbox (no SendGrid key is set)")]
    private static partial void LogWritten(ILogger logger, string commitmentId);
}
