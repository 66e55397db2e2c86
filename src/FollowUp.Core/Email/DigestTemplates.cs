namespace FollowUp.Core.Email;

/// <summary>
/// FollowUp's own digest bodies, in Liquid. They are constants rather than embedded files so that
/// they ship inside the assembly without build wiring and read next to the code that fills them.
/// Every <c>{{ }}</c> is encoded by the renderer; the templates never mark a value as safe.
/// </summary>
/// <remarks>
/// The HTML is built for email clients, not browsers: layout tables with <c>role="presentation"</c>,
/// inline styles only, no images, fonts or other external assets, system fonts, colours with at
/// least 4.5:1 contrast on white, and <c>dir="auto"</c> on every user-written value so that Urdu
/// titles read right to left inside an English message.
/// </remarks>
internal static class DigestTemplates
{
    public const string Html = EmailLayout.HtmlOpen + """
        <p style="margin:0 0 8px 0;">Dear colleagues at <span dir="auto">{{ Ministry }}</span>,</p>
        <p style="margin:0 0 24px 0;">As of {{ LocalDate }}, the commitments below are waiting for word from you. Each button opens a short form for that one commitment; no sign-in is needed. The links are personal to your ministry, so please do not forward this email.</p>
        {% for item in Items %}
        {% case item.Stage %}{% when "overdue" %}{% assign accent = "#b42318" %}{% when "due" %}{% assign accent = "#b54708" %}{% when "upcoming" %}{% assign accent = "#175cd3" %}{% else %}{% assign accent = "#475467" %}{% endcase %}
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;border:1px solid #d0d5dd;border-left:6px solid {{ accent }};">
        <tr><td style="padding:16px;">
        <p style="margin:0 0 4px 0;font-size:14px;font-weight:bold;color:{{ accent }};">{{ item.StageText }}</p>
        <h2 dir="auto" style="margin:0 0 12px 0;font-size:18px;line-height:1.3;color:#101828;">{{ item.Title }}</h2>
        <table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 12px 0;font-size:14px;line-height:1.5;color:#1d2939;">
        <tr><td style="padding:0 12px 2px 0;color:#475467;">Commission</td><td dir="auto" style="padding:0 0 2px 0;">{{ item.Commission }}</td></tr>
        <tr><td style="padding:0 12px 2px 0;color:#475467;">Due date</td><td style="padding:0 0 2px 0;">{{ item.DueDate }}</td></tr>
        <tr><td style="padding:0 12px 2px 0;color:#475467;">Status</td><td style="padding:0 0 2px 0;">{{ item.Status }}</td></tr>
        <tr><td style="padding:0 12px 2px 0;color:#475467;">Progress</td><td style="padding:0 0 2px 0;">{{ item.Progress }}% complete</td></tr>
        {% if item.Counterparts.size > 0 %}<tr><td style="padding:0 12px 2px 0;color:#475467;vertical-align:top;">Shared with</td><td dir="auto" style="padding:0 0 2px 0;">{{ item.Counterparts | join: ", " }}</td></tr>{% endif %}
        </table>
        {% if item.Escalated %}<p style="margin:0 0 12px 0;padding:8px 12px;background-color:#fef3f2;border:1px solid #fda29b;font-size:14px;color:#912018;">{{ item.EscalationNotice }}</p>{% endif %}
        <table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background-color:#1849a9;border-radius:4px;">
        <a href="{{ item.UpdateLink }}" aria-label="Post an update: {{ item.Title }}" style="display:inline-block;padding:10px 20px;font-family:Arial,Helvetica,sans-serif;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:underline;">Post an update</a>
        </td></tr></table>
        </td></tr>
        </table>
        {% endfor %}
        <p style="margin:24px 0 0 0;font-size:13px;color:#475467;">You receive this because <span dir="auto">{{ Ministry }}</span> is named as responsible for these commitments. FollowUp sends at most one reminder email a day.</p>
        """ + EmailLayout.HtmlClose;

    public const string Text = """
        {{ Heading }}

        Dear colleagues at {{ Ministry }},

        As of {{ LocalDate }}, the commitments below are waiting for word from you. Each link opens a short form for that one commitment; no sign-in is needed. The links are personal to your ministry, so please do not forward this email.
        {% for item in Items %}
        {{ forloop.index }}. {{ item.Title }}
           {{ item.StageText }}
           Commission: {{ item.Commission }}
           Due date: {{ item.DueDate }}
           Status: {{ item.Status }}, {{ item.Progress }}% complete
        {%- if item.Counterparts.size > 0 %}
           Shared with: {{ item.Counterparts | join: ", " }}
        {%- endif %}
        {%- if item.Escalated %}
           {{ item.EscalationNotice }}
        {%- endif %}
           Post an update: {{ item.UpdateLink }}
        {% endfor %}
        You receive this because {{ Ministry }} is named as responsible for these commitments. FollowUp sends at most one reminder email a day.

        """;
}
