using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using FollowUp.Core.Templates;

namespace FollowUp.Core.Email;

/// <summary>
/// Turns an escalation into a subject and two bodies, from Liquid templates like the digest's; the
/// HTML one through the HTML encoder, so every value an owner typed is encoded. It has no links at
/// all: owners' links are personal, and only owners post updates.
/// </summary>
public sealed class EscalationRenderer
{
    private readonly IFluidTemplate _htmlTemplate = LiquidHtml.Parse(EscalationTemplates.Html, "HTML escalation");
    private readonly IFluidTemplate _textTemplate = LiquidHtml.Parse(EscalationTemplates.Text, "text escalation");
    private readonly TemplateOptions _options = LiquidHtml.StrictOptions(typeof(EscalationEmailModel), typeof(EscalationEmailItem), typeof(EscalationEmailOwner), typeof(EscalationEmailUnreachable));

    public RenderedEmail Render(Escalation escalation)
    {
        var model = CreateModel(escalation);
        var html = _htmlTemplate.Render(new TemplateContext(model, _options), LiquidHtml.Encoder);

        // Plain text is not markup: encoding it would print "&amp;" to the reader.
        var text = _textTemplate.Render(new TemplateContext(model, _options), NullEncoder.Default);
        return new RenderedEmail(model.Subject, html, text);
    }

    public static EscalationEmailModel CreateModel(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (escalation.Items.Count == 0)
        {
            throw new ArgumentException("An escalation has at least one item.", nameof(escalation));
        }

        var zone = CommitmentCalendar.ZoneOrUtc(escalation.TimeZone);
        var items = escalation.Items.Select(i => CreateItem(i, zone)).ToList();
        var heading = items.Count == 1
            ? "1 overdue commitment is escalated to you"
            : $"{items.Count} overdue commitments are escalated to you";
        var mostOverdue = escalation.Items.Max(i => i.DaysOverdue);
        var summary = items.Count == 1 ? $"{DigestWording.Days(mostOverdue)} overdue" : $"up to {DigestWording.Days(mostOverdue)} overdue";
        var first = items[0];
        var preheader = items.Count == 1
            ? $"{first.OverdueText}: {first.Title}"
            : $"{first.OverdueText}: {first.Title}, and {items.Count - 1} more";

        return new EscalationEmailModel($"{heading} — {summary}", heading, preheader, DigestWording.Date(escalation.LocalDate), items.Count, items);
    }

    private static EscalationEmailItem CreateItem(EscalationItem item, TimeZoneInfo zone)
    {
        var commitment = item.Commitment;
        var last = commitment.LastUpdate;
        return new EscalationEmailItem(
            commitment.Id,
            commitment.Title,
            commitment.Commission,
            DigestWording.Date(commitment.DueDate),
            item.DaysOverdue > 0 ? $"Overdue by {DigestWording.Days(item.DaysOverdue)}" : "Overdue",
            StatusLabels.For(commitment.Status),
            commitment.Progress,
            [.. item.Owners.Select(o => new EscalationEmailOwner(o.Ministry, o.Email))],
            last is not null,
            last is null ? null : $"{DigestWording.Date(DigestWording.LocalDate(last.At, zone))} by {Author(commitment, last)}",
            string.IsNullOrWhiteSpace(last?.Note) ? null : last.Note,
            [.. item.Unreachable.Select(u => new EscalationEmailUnreachable(
                u.Address,
                u.Reason ?? u.StateName,
                u.Since is { } since ? DigestWording.Date(DigestWording.LocalDate(since, zone)) : "an unknown date"))]);
    }

    /// <summary>Reports record the owner's address; the reader knows the ministry behind it.</summary>
    private static string Author(Commitment commitment, LastUpdate last) =>
        commitment.FindOwner(last.By) is { } owner ? $"{owner.Ministry} ({owner.Email})"
        : string.IsNullOrWhiteSpace(last.By) ? "an owner" : last.By;
}
