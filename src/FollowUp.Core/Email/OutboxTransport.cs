using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace FollowUp.Core.Email;

/// <summary>
/// Writes each message as an RFC 5322 .eml file instead of sending it: the local default when no
/// SendGrid key is set, so that a developer (or a dry run) can open exactly what would have gone out
/// in any mail client, and nothing is ever silently dropped. Always FollowUp's own bodies: a SendGrid
/// template exists only at SendGrid. Each message written is recorded as delivered, as SendGrid's
/// <c>delivered</c> event would record it, so the ledger and the operator's views read locally as in Azure.
/// </summary>
public sealed partial class OutboxTransport(
    IOptions<FollowUpOptions> options,
    TimeProvider time,
    ILogger<OutboxTransport> logger,
    IDeliveryEventStore? events = null) : IEmailTransport
{
    public async Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var email = options.Value.Email;
        var now = time.GetUtcNow();
        var mime = CreateMessage(message, EmailEnvelope.From(email), now);

        var path = await OutboxFiles.WriteAsync(mime, email.OutboxPath, message.To.Address, now, cancellationToken).ConfigureAwait(false);
        var kind = MessageTracking.KindName(message.Tracking.Kind);
        LogWritten(logger, kind, message.Tracking.RunId, message.To.Address, path);
        await RecordDeliveredAsync(message, mime.MessageId, now, cancellationToken).ConfigureAwait(false);
        return new SendResult.Accepted(mime.MessageId);
    }

    private async Task RecordDeliveredAsync(EmailMessage message, string? messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (events is null)
        {
            return;
        }

        var tracking = message.Tracking;
        var delivered = new DeliveryEvent(
            "outbox-" + (messageId ?? Guid.NewGuid().ToString("N")), message.To.Address, DeliveryEventNames.Delivered, now, messageId,
            Kind: tracking.Kind, LocalDate: tracking.LocalDate, ClaimId: tracking.ClaimId, RunId: tracking.RunId);
        try
        {
            await events.RecordAsync([delivered], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageFailures.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            // The file is written: the message went out. Its delivery record is a convenience of the local outbox.
            LogNotRecorded(logger, kind: MessageTracking.KindName(tracking.Kind), tracking.RunId);
        }
    }

    internal static MimeMessage CreateMessage(EmailMessage message, EmailEnvelope envelope, DateTimeOffset now)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = now, MessageId = MimeUtils.GenerateMessageId(DomainOf(envelope.FromAddress)) };
        mime.From.Add(new MailboxAddress(envelope.FromName, envelope.FromAddress));
        mime.To.Add(new MailboxAddress(message.To.Name, message.To.Address));
        if (envelope.ReplyTo is not null)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(envelope.ReplyTo));
        }

        // The same tracing SendGrid gets as custom_args, so an .eml can be matched to its scan.
        foreach (var (field, value) in message.Tracking.Fields())
        {
            mime.Headers.Add(MessageTracking.HeaderName(field), value);
        }

        // BodyBuilder makes multipart/alternative with text first, so clients prefer the HTML part.
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();

        // RFC 2045 allows bare 8-bit bytes only where the transfer encoding says so; quoted-printable
        // keeps the bodies 7-bit, short-lined and readable, Urdu and the dash in the subject included.
        foreach (var part in mime.BodyParts.OfType<TextPart>())
        {
            part.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        }

        return mime;
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "followup.local";
    }

    [LoggerMessage(EventId = 3111, Level = LogLevel.Warning, Message = "The {Kind} for run {RunId} was written to the outbox but could not be recorded as delivered (storage unavailable)")]
    private static partial void LogNotRecorded(ILogger logger, string kind, string? runId);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Information, Message = "Wrote the {Kind} for run {RunId} to {To} to the outbox at {Path} (no SendGrid key is set)")]
    private static partial void LogWritten(ILogger logger, string kind, string? runId, string to, string path);
}
