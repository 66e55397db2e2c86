using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Templates;

namespace FollowUp.Core.Email;

/// <summary>
/// The short email that carries a fresh update link to an owner whose link expired. Liquid through
/// an HTML encoder, like the digest: the title and ministry are encoded.
/// </summary>
public sealed class FreshLinkEmail
{
    private const string HtmlTemplate = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ Subject }}</title></head>
        <body style="margin:0;padding:24px 12px;background-color:#f2f4f7;">
        <div style="max-width:600px;margin:0 auto;background-color:#ffffff;border:1px solid #d0d5dd;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d2939;">
        <h1 style="margin:0 0 16px 0;font-size:22px;color:#101828;">A fresh link to post your update</h1>
        <p style="margin:0 0 8px 0;">Dear colleagues at <span dir="auto">{{ Ministry }}</span>,</p>
        <p style="margin:0 0 16px 0;">You asked for a new link for <strong dir="auto">{{ Title }}</strong>. The link below works for {{ LifetimeDays }} days; no sign-in is needed. It is personal to your ministry, so please do not forward this email.</p>
        <p style="margin:0 0 16px 0;"><a href="{{ Link }}" style="display:inline-block;padding:10px 20px;background-color:#1849a9;color:#ffffff;font-weight:bold;text-decoration:underline;border-radius:4px;">Post an update</a></p>
        <p style="margin:0;font-size:13px;color:#475467;">If you did not ask for this, you can ignore it: the link was sent only to the address registered for this commitment.</p>
        </div></body></html>
        """;

    private const string TextTemplate = """
        A fresh link to post your update

        Dear colleagues at {{ Ministry }},

        You asked for a new link for "{{ Title }}". The link below works for {{ LifetimeDays }} days; no sign-in is needed. It is personal to your ministry, so please do not forward this email.

        Post an update: {{ Link }}

        If you did not ask for this, you can ignore it: the link was sent only to the address registered for this commitment.
        """;

    private static readonly IFluidTemplate HtmlBody = LiquidHtml.Parse(HtmlTemplate, "HTML fresh-link email");
    private static readonly IFluidTemplate TextBody = LiquidHtml.Parse(TextTemplate, "text fresh-link email");
    private static readonly TemplateOptions Options = LiquidHtml.StrictOptions(typeof(Model));

    public static RenderedEmail Render(Commitment commitment, ResponsibleParty owner, Uri link, int lifetimeDays)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(link);
        var model = new Model("Your new FollowUp link", owner.Ministry, commitment.Title, link.AbsoluteUri, lifetimeDays);
        return new RenderedEmail(model.Subject, HtmlBody.Render(new TemplateContext(model, Options), LiquidHtml.Encoder), TextBody.Render(new TemplateContext(model, Options), NullEncoder.Default));
    }

    private sealed record Model(string Subject, string Ministry, string Title, string Link, int LifetimeDays);
}
