namespace FollowUp.Web.Secretariat.Owners;

/// <summary>What the scan will send over the coming days, per recipient, in their time and in UTC.</summary>
internal static class ScheduleTemplate
{
    private const string Recipients = """
        {%- for o in list %}
        <section class="card" aria-labelledby="r-{{ section }}-{{ forloop.index }}">
        <h3 id="r-{{ section }}-{{ forloop.index }}" dir="auto">{% if o.Url %}<a href="{{ o.Url }}">{{ o.Name }}</a>{% else %}{{ o.Name }}{% endif %}</h3>
        <p class="meta">{{ o.Email }} · {{ o.TimeZone }}</p>
        <ol class="timeline">
        {%- for s in o.Sends %}
        <li>
        <p><strong>{{ s.LocalLabel }}</strong> their time · <time datetime="{{ s.UtcIso }}">{{ s.UtcLabel }}</time>{% if s.HeldReason %} · <strong>held</strong>: not sent, the address is {{ s.HeldReason }}{% endif %}</p>
        <ul>
        {%- for i in s.Items %}<li><a href="{{ i.Url }}" dir="auto">{{ i.Title }}</a>: {{ i.Stage }} stage of {{ i.StageDate }}{% if i.Escalated %}, escalated{% endif %}</li>{% endfor %}
        </ul>
        </li>
        {%- endfor %}
        </ol>
        </section>
        {%- endfor %}
        """;

    public const string Body = """
        <h1>What goes out next</h1>
        <p>What the reminder scan will send from <time datetime="{{ Model.AsOfIso }}">{{ Model.AsOfLabel }}</time> until {{ Model.UntilLabel }}, if nothing changes meanwhile: {{ Model.Sends }} {% if Model.Sends == 1 %}message{% else %}messages{% endif %}{% if Model.Held > 0 %}, and {{ Model.Held }} held for undeliverable addresses{% endif %}. Planned with the scan's own rules and send ledger, at each time its schedule (<code>{{ Model.ScanSchedule }}</code>, UTC) runs it.</p>
        {%- if Model.Skipped.size > 0 %}
        <div class="notice warning" role="alert"><h2>Addresses the scan will pass over</h2><ul>{% for s in Model.Skipped %}<li>{{ s }}</li>{% endfor %}</ul></div>
        {%- endif %}
        <h2>Owners</h2>
        {%- if Model.Owners.size == 0 %}<p>No owner is due a reminder in this time.</p>{% endif %}
        <div class="cards">
        {%- assign list = Model.Owners %}{% assign section = "o" %}
        """ + Recipients + """
        </div>
        <h2>Escalations</h2>
        {%- if Model.Escalations.size == 0 %}<p>No escalation goes out in this time.</p>{% endif %}
        <div class="cards">
        {%- assign list = Model.Escalations %}{% assign section = "e" %}
        """ + Recipients + """
        </div>
        """;
}
