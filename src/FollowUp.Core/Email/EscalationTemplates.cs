namespace FollowUp.Core.Email;

/// <summary>
/// The escalation message's bodies, in Liquid, built like the digest's (<see cref="DigestTemplates"/>):
/// layout tables, inline styles, no external assets, colours with at least 4.5:1 contrast on their
/// background, and <c>dir="auto"</c> on every user-written value. Every <c>{{ }}</c> is encoded by the
/// renderer. There is deliberately no link of any kind: owners' links are personal.
/// </summary>
internal static class EscalationTemplates
{
    public const string Html = EmailLayout.HtmlOpen + """
        <p style="margin:0 0 24px 0;">As of {{ LocalDate }}, the commitments below are overdue, and their owners' reminders have escalated them to you. Each shows whose it is, where it stands and what its owners last reported. Only the owners can post updates, through the links in their own reminders; this message has none.</p>
        {% for item in Items %}
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;border:1px solid #d0d5dd;border-left:6px solid #b42318;">
        <tr><td style="padding:16px;">
        <p style="margin:0 0 4px 0;font-size:14px;font-weight:bold;color:#b42318;">{{ item.OverdueText }}</p>
        <h2 dir="auto" style="margin:0 0 12px 0;font-size:18px;line-height:1.3;color:#101828;">{{ item.Title }}</h2>
        <table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 12px 0;font-size:14px;line-height:1.5;color:#1d2939;">
        <tr><td style="padding:0 12px 2px 0;color:#475467;">Commission</td><td dir="auto" style="padding:0 0 2px 0;">{{ item.Commission }}</td></tr>
        <tr><td style="padding:0 12px 2px 0;color:#475467;">Due date</td><td style="padding:0 0 2px 0;">{{ item.DueDate }}</td></tr>
        <tr><td style="padding:0 12px 2px 0;color:#475467;">Status</td><td style="padding:0 0 2px 0;">{{ item.Status }}, {{ item.Progress }}% complete</td></tr>
        <tr><td style="padding:0 12px 2px 0;color:#475467;vertical-align:top;">Owners</td><td style="padding:0 0 2px 0;">{% for owner in item.Owners %}<span dir="auto">{{ owner.Ministry }}</span> ({{ owner.Email }}){% unless forloop.last %}<br>{% endunless %}{% endfor %}</td></tr>
        </table>
        {% if item.HasUnreachable %}
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 12px 0;background-color:#fef3f2;border:1px solid #b42318;">
        <tr><td style="padding:8px 12px;font-size:14px;line-height:1.5;color:#1d2939;">
        <p style="margin:0 0 4px 0;font-weight:bold;color:#b42318;">Cannot be reached by email: FollowUp sends these owners nothing until their address is corrected</p>
        {% for owner in item.Unreachable %}<p style="margin:0;">{{ owner.Email }}: <span dir="auto">{{ owner.Reason }}</span> (since {{ owner.Since }})</p>{% endfor %}
        </td></tr>
        </table>
        {% endif %}
        {% if item.HasReport %}
        <p style="margin:0 0 4px 0;font-size:14px;color:#475467;">Last report: {{ item.LastReport }}</p>
        {% if item.LastNote %}<p dir="auto" style="margin:0;padding:8px 12px;background-color:#f9fafb;border:1px solid #d0d5dd;font-size:14px;color:#1d2939;white-space:pre-line;">{{ item.LastNote }}</p>{% endif %}
        {% else %}
        <p style="margin:0;font-size:14px;color:#475467;">No update yet: the owners have not reported on this commitment.</p>
        {% endif %}
        </td></tr>
        </table>
        {% endfor %}
        <p style="margin:24px 0 0 0;font-size:13px;color:#475467;">You receive this as the commission's secretariat or as the escalation contact named for these commitments. FollowUp sends at most one escalation message a day.</p>
        """ + EmailLayout.HtmlClose;

    public const string Text = """
        {{ Heading }}

        As of {{ LocalDate }}, the commitments below are overdue, and their owners' reminders have escalated them to you. Each shows whose it is, where it stands and what its owners last reported. Only the owners can post updates, through the links in their own reminders; this message has none.
        {% for item in Items %}
        {{ forloop.index }}. {{ item.Title }}
           {{ item.OverdueText }}
           Commission: {{ item.Commission }}
           Due date: {{ item.DueDate }}
           Status: {{ item.Status }}, {{ item.Progress }}% complete
           Owners:
        {%- for owner in item.Owners %}
             {{ owner.Ministry }} ({{ owner.Email }})
        {%- endfor %}
        {%- if item.HasUnreachable %}
           Cannot be reached by email (FollowUp sends these owners nothing until their address is corrected):
        {%- for owner in item.Unreachable %}
             {{ owner.Email }}: {{ owner.Reason }} (since {{ owner.Since }})
        {%- endfor %}
        {%- endif %}
        {%- if item.HasReport %}
           Last report: {{ item.LastReport }}
        {%- if item.LastNote %}
           "{{ item.LastNote }}"
        {%- endif %}
        {%- else %}
           No update yet: the owners have not reported on this commitment.
        {%- endif %}
        {% endfor %}
        You receive this as the commission's secretariat or as the escalation contact named for these commitments. FollowUp sends at most one escalation message a day.

        """;
}
