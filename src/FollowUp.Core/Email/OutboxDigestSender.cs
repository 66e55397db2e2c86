using System.Globalization;
using System.Text;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace FollowUp.Core.Email;

/// <summary>
/// Writes each digest as an RFC 5322 .eml file instead of sending it: the local default when no
/// SendGrid key is set, so that a developer (or a dry run) can open exactly what would have gone out
/// in any mail client, and nothing is ever silently dropped.
/// </summary>
public sealed partial class OutboxDigestSender(
    DigestRenderer renderer,
    IOptions<FollowUpOptions> options,
    TimeProvider time,
    ILogger<OutboxDigestSender> logger) : IDigestSender
{
    private readonly EmailOptions _email = options.Value.Email;

    public async Task<SendResult> SendAsync(Digest digest, string runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var rendered = renderer.Render(digest);
        var now = time.GetUtcNow();
        var message = CreateMessage(digest, rendered, runId, now);

        var path = await WriteAsync(message, _email.OutboxPath, digest.To, now, cancellationToken).ConfigureAwait(false);
        LogWritten(logger, runId, digest.To, digest.Items.Count, path);
        return new SendResult.Accepted(message.MessageId);
    }

    /// <summary>Writes a message into the outbox folder and returns its path.</summary>
    internal static async Task<string> WriteAsync(MimeMessage message, string outboxPath, string to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var folder = ResolveFolder(outboxPath, Environment.CurrentDirectory);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(to, now));

        // Write beside the target, then rename: a reader (or a watcher) sees a whole file or none.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await message.WriteToAsync(FormatOptions.Default, stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return path;
    }

    /// <summary>Relative outbox paths are under the working directory, as the option documents.</summary>
    internal static string ResolveFolder(string outboxPath, string workingDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(outboxPath) ? "outbox" : outboxPath, workingDirectory);

    /// <summary>
    /// <c>{utc:yyyyMMddTHHmmssfff}-{recipient}-{8 hex}.eml</c>: sorts by time in any file listing, says
    /// whom it is for, and cannot collide when one scan writes several digests in the same millisecond.
    /// </summary>
    internal static string FileName(string to, DateTimeOffset now) =>
        $"{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{Sanitize(to)}-{Guid.NewGuid().ToString("N")[..8]}.eml";

    private MimeMessage CreateMessage(Digest digest, RenderedDigest rendered, string runId, DateTimeOffset now)
    {
        var message = Envelope(_email, new MailboxAddress(digest.Ministry, digest.To), rendered.Subject, now);
        // The same tracing SendGrid gets as custom_args, so an .eml can be matched to its scan.
        message.Headers.Add("X-FollowUp-Run-Id", runId);
        message.Headers.Add("X-FollowUp-Commitments", string.Join(",", digest.Items.Select(i => i.Commitment.Id)));

        // BodyBuilder makes multipart/alternative with text first, so clients prefer the HTML part.
        message.Body = new BodyBuilder { TextBody = rendered.TextBody, HtmlBody = rendered.HtmlBody }.ToMessageBody();
        return message;
    }

    /// <summary>What every FollowUp message carries: sender, one recipient, reply-to, subject, date and id.</summary>
    internal static MimeMessage Envelope(EmailOptions email, MailboxAddress to, string subject, DateTimeOffset now)
    {
        var fromAddress = email.FromAddress
            ?? throw new InvalidOperationException("FollowUp:Email:FromAddress (the sender of every reminder) must be set.");

        var message = new MimeMessage { Subject = subject, Date = now, MessageId = MimeUtils.GenerateMessageId(DomainOf(fromAddress)) };
        message.From.Add(new MailboxAddress(email.FromName, fromAddress));
        message.To.Add(to);
        if (!string.IsNullOrWhiteSpace(email.ReplyToAddress))
        {
            message.ReplyTo.Add(MailboxAddress.Parse(email.ReplyToAddress));
        }

        return message;
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "followup.local";
    }

    private static string Sanitize(string to)
    {
        var builder = new StringBuilder(to.Length);
        foreach (var c in to.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' or '_' => c,
                '@' => '_',
                _ => '-',
            });
        }

        var name = builder.ToString().Trim('.', '-');
        return name.Length == 0 ? "recipient" : name.Length > 64 ? name[..64] : name;
    }

    [LoggerMessage(EventId = 3110, Level = LogLevel.Information, Message = "Wrote digest for run {RunId} to {To} with {ItemCount} items to the outbox at {Path} (no SendGrid key is set)")]
    private static partial void LogWritten(ILogger logger, string runId, string to, int itemCount, string path);
}
