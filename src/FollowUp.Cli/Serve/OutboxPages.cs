using Fluid;
using FollowUp.Core.Templates;

namespace FollowUp.Cli.Serve;

/// <summary>
/// The local outbox as web pages (Liquid templates through an HTML encoder: every header and
/// link of a message is encoded). Only <c>followup serve</c> in local mode shows them.
/// </summary>
public sealed class OutboxPages
{
    public const string Stylesheet = """
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1d2939; line-height: 1.5; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d0d5dd; vertical-align: top; }
        a { color: #1849a9; }
        a:focus-visible { outline: 3px solid #175cd3; outline-offset: 2px; }
        iframe { width: 100%; height: 40rem; border: 1px solid #d0d5dd; }
        pre { white-space: pre-wrap; background: #f2f4f7; padding: 1rem; }
        dt { font-weight: bold; } dd { margin: 0 0 .5rem 0; }
        """;

    private const string ListTemplate = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>FollowUp local outbox</title><link rel="stylesheet" href="/dev/outbox.css"></head>
        <body><main>
        <h1>Local outbox</h1>
        <p>Emails FollowUp would have sent, written as .eml files to <code>{{ Folder }}</code> because no SendGrid API key is configured. Newest first.</p>
        {% if Messages.size == 0 %}<p>No emails yet. The reminder scan writes one digest per ministry with something due.</p>
        {% else %}<table><thead><tr><th scope="col">Date</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>
        {% for m in Messages %}<tr><td>{{ m.Date }}</td><td>{{ m.To }}</td><td><a href="/dev/outbox/{{ m.FileName | url_encode }}">{{ m.Subject }}</a></td></tr>
        {% endfor %}</tbody></table>{% endif %}
        </main></body></html>
        """;

    private const string MessageTemplate = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ M.Subject }}</title><link rel="stylesheet" href="/dev/outbox.css"></head>
        <body><main>
        <p><a href="/dev/outbox">Back to the outbox</a></p>
        <h1>{{ M.Subject }}</h1>
        <dl><dt>From</dt><dd>{{ M.From }}</dd><dt>To</dt><dd>{{ M.To }}</dd>{% if M.Cc != "" %}<dt>Cc</dt><dd>{{ M.Cc }}</dd>{% endif %}<dt>Date</dt><dd>{{ M.Date }}</dd></dl>
        <h2>Links in this email</h2>
        <ul>{% for l in M.Links %}<li><a href="{{ l.Href }}">{{ l.Text }}</a></li>{% endfor %}</ul>
        {% if M.Html %}<h2>As the ministry sees it</h2>
        <iframe title="The email's HTML body" sandbox src="/dev/outbox/{{ M.FileName | url_encode }}/body"></iframe>{% endif %}
        {% if M.Text %}<h2>Plain-text part</h2><pre>{{ M.Text }}</pre>{% endif %}
        </main></body></html>
        """;

    private readonly IFluidTemplate _list = LiquidHtml.Parse(ListTemplate, "outbox list");
    private readonly IFluidTemplate _message = LiquidHtml.Parse(MessageTemplate, "outbox message");
    private readonly TemplateOptions _options = CreateOptions();

    public string RenderList(string folder, IReadOnlyList<OutboxMessage> messages) =>
        _list.Render(new TemplateContext(new ListModel(folder, messages), _options), LiquidHtml.Encoder);

    public string RenderMessage(OutboxMessage message) =>
        _message.Render(new TemplateContext(new MessageModel(message), _options), LiquidHtml.Encoder);

    private static TemplateOptions CreateOptions()
    {
        // Only these types are readable from the templates, as for the update page.
        var options = new TemplateOptions { StrictVariables = true, StrictFilters = true };
        options.MemberAccessStrategy.Register<ListModel>();
        options.MemberAccessStrategy.Register<MessageModel>();
        options.MemberAccessStrategy.Register<OutboxMessage>();
        options.MemberAccessStrategy.Register<OutboxLink>();
        return options;
    }

    private sealed record ListModel(string Folder, IReadOnlyList<OutboxMessage> Messages);

    private sealed record MessageModel(OutboxMessage M);
}
