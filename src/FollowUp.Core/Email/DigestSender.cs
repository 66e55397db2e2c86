using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Email;

/// <summary>
/// Composes a digest into one message to its owner, and only its owner, and hands it to the transport.
/// With <c>FollowUp:Email:TemplateId</c> set, SendGrid renders it from the same worded model instead.
/// </summary>
public sealed class DigestSender(DigestRenderer renderer, IEmailTransport transport, IOptions<FollowUpOptions> options) : IDigestSender
{
    public Task<SendResult> SendAsync(Digest digest, string runId, string? claimId = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(Compose(digest, runId, claimId), cancellationToken);

    internal EmailMessage Compose(Digest digest, string runId, string? claimId = null)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var rendered = renderer.Render(digest);
        var templateId = options.Value.Email.TemplateId;
        return new EmailMessage(
            new EmailRecipient(digest.To, digest.Ministry),
            rendered.Subject,
            rendered.HtmlBody,
            rendered.TextBody,
            Categories(digest),
            new MessageTracking(MessageKind.Digest, runId, digest.LocalDate, [.. digest.Items.Select(i => i.Commitment.Id)], claimId),
            string.IsNullOrWhiteSpace(templateId) ? null : new DynamicTemplate(templateId, TemplateData.From(rendered.Model)));
    }

    /// <summary>For SendGrid's statistics: what kind of email this is and which stages it carries.</summary>
    internal static List<string> Categories(Digest digest)
    {
        var categories = new List<string> { "followup", MessageTracking.KindName(MessageKind.Digest) };
        categories.AddRange(digest.Items.Select(i => DigestWording.StageName(i.Stage)).Distinct(StringComparer.Ordinal));
        if (digest.Items.Any(i => i.Escalated))
        {
            categories.Add("escalated");
        }

        return categories;
    }
}
