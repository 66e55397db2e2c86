using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using FollowUp.Core.Templates;

namespace FollowUp.Core.Email;

/// <summary>
/// Turns a digest into a subject, an HTML body and a plain-text body. Both bodies come from Liquid
/// templates (Fluid); the HTML one is rendered through an HTML encoder, so every value a ministry
/// typed is encoded on output without the template having to remember to ask for it.
/// </summary>
public sealed class DigestRenderer
{
    private readonly IFluidTemplate _htmlTemplate = LiquidHtml.Parse(DigestTemplates.Html, "HTML digest");
    private readonly IFluidTemplate _textTemplate = LiquidHtml.Parse(DigestTemplates.Text, "text digest");
    private readonly TemplateOptions _options = LiquidHtml.StrictOptions(typeof(DigestEmailModel), typeof(DigestEmailItem));

    public RenderedDigest Render(Digest digest)
    {
        var model = CreateModel(digest);

        var html = _htmlTemplate.Render(new TemplateContext(model, _options), LiquidHtml.Encoder);

        // Plain text is not markup: encoding it would print "&amp;" to the reader.
        var text = _textTemplate.Render(new TemplateContext(model, _options), NullEncoder.Default);

        return new RenderedDigest(model.Subject, html, text, model);
    }

    public static DigestEmailModel CreateModel(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.Items.Count == 0)
        {
            throw new ArgumentException("A digest has at least one item.", nameof(digest));
        }

        var zone = CommitmentCalendar.ZoneOrUtc(digest.TimeZone);
        var items = digest.Items.Select(i => CreateItem(digest, i, zone)).ToList();
        var subject = DigestWording.Subject(digest.Items, digest.LocalDate, zone);
        var first = items[0];
        var preheader = items.Count == 1
            ? $"{first.StageText}: {first.Title}"
            : $"{first.StageText}: {first.Title}, and {items.Count - 1} more";

        return new DigestEmailModel(
            subject,
            DigestWording.Heading(items.Count),
            preheader,
            digest.Ministry,
            digest.To,
            DigestWording.Date(digest.LocalDate),
            items.Count,
            digest.Items.Any(i => i.Escalated),
            items);
    }

    private static DigestEmailItem CreateItem(Digest digest, DigestItem item, TimeZoneInfo zone)
    {
        // The link goes into an href: anything but an absolute web address (javascript:, data:) is refused.
        if (!item.UpdateLink.IsAbsoluteUri || (item.UpdateLink.Scheme != Uri.UriSchemeHttps && item.UpdateLink.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The update link for commitment '{item.Commitment.Id}' is not an http(s) address.", nameof(digest));
        }

        var commitment = item.Commitment;
        var counterparts = commitment.Owners
            .Where(o => !EmailAddresses.AreSame(o.Email, digest.To))
            .Select(o => o.Ministry)
            .Where(m => !string.Equals(m, digest.Ministry, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new DigestEmailItem(
            commitment.Id,
            commitment.Title,
            commitment.Commission,
            DigestWording.Date(commitment.DueDate),
            StatusLabels.For(commitment.Status),
            commitment.Progress,
            DigestWording.StageName(item.Stage),
            DigestWording.StageText(item, digest.LocalDate, zone),
            counterparts,
            item.Escalated,
            DigestWording.EscalationNotice(item, digest.LocalDate),
            item.UpdateLink.AbsoluteUri);
    }
}
