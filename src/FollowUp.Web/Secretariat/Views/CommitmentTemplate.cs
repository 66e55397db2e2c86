namespace FollowUp.Web.Secretariat.Views;

/// <summary>One commitment: its facts, its owners, the Admin's actions and the timeline, newest first.</summary>
internal static class CommitmentTemplate
{
    public const string Body = """
        <p><a href="{{ Model.BackUrl }}">All commitments</a></p>
        <h1 dir="auto">{{ Model.Title }}</h1>
        {%- if Model.Notice %}
        <div class="notice {{ Model.Notice.Kind }}" role="{% if Model.Notice.Kind == "success" %}status{% else %}alert{% endif %}">
        <h2>{{ Model.Notice.Heading }}</h2>
        {%- for p in Model.Notice.Paragraphs %}<p>{{ p }}</p>{% endfor %}
        {%- if Model.Notice.Errors.size > 0 %}<ul>{% for e in Model.Notice.Errors %}<li><a href="#{{ e.Field }}">{{ e.Message }}</a></li>{% endfor %}</ul>{% endif %}
        </div>
        {%- endif %}
        <dl class="facts">
        <dt>Id</dt><dd>{{ Model.Id }}</dd>
        <dt>Commission</dt><dd>{{ Model.Commission }}</dd>
        <dt>Sector</dt><dd>{{ Model.Sector }}</dd>
        <dt>Due</dt><dd><time datetime="{{ Model.DueIso }}">{{ Model.DueIso }}</time>{% if Model.DaysOverdue > 0 %} ({{ Model.DaysOverdue }} days overdue){% endif %}</dd>
        <dt>Status</dt><dd>{{ Model.StatusLabel }}{% if Model.PausedUntil %}, reminders paused until {{ Model.PausedUntil }}{% endif %}</dd>
        <dt>Progress</dt><dd>{{ Model.Progress }}%</dd>
        {%- if Model.Description %}<dt>Description</dt><dd><p class="note" dir="auto">{{ Model.Description }}</p></dd>{% endif %}
        {%- if Model.Source %}<dt>Source</dt><dd>{{ Model.Source }}</dd>{% endif %}
        <dt>Escalation contact</dt><dd>{% if Model.EscalationEmail %}{{ Model.EscalationEmail }}{% else %}None{% endif %}</dd>
        </dl>
        <h2>Owners</h2>
        <div class="scroll" tabindex="0" role="region" aria-label="Owners, scrolls sideways">
        <table>
        <thead><tr><th scope="col">Ministry</th><th scope="col">Address</th><th scope="col">Country</th><th scope="col">Role</th><th scope="col">Time zone</th><th scope="col">Delivery</th></tr></thead>
        <tbody>
        {%- for o in Model.Owners %}
        <tr><td>{{ o.Ministry }}</td><td><a href="{{ o.Url }}">{{ o.Email }}</a></td><td>{{ o.Country }}</td><td>{{ o.Role }}</td><td>{{ o.TimeZone }}</td><td>{{ o.Delivery }}</td></tr>
        {%- endfor %}
        </tbody>
        </table>
        </div>
        {%- if Model.Actions %}<p><a href="{{ Model.BackUrl }}/{{ Model.Id }}/edit">Edit the title, description, due date, owners or escalation contact</a></p>{% endif %}
        {%- if Model.Actions %}
        <h2>Change the status</h2>
        <form method="post" action="{{ Model.Actions.StatusUrl }}">
        <input type="hidden" name="{{ Model.Actions.AntiforgeryField }}" value="{{ Model.Actions.AntiforgeryToken }}">
        <input type="hidden" name="version" value="{{ Model.Actions.Version }}">
        <div class="field"><label for="action">Action</label><select id="action" name="action">
        {%- for o in Model.Actions.StatusOptions %}<option value="{{ o.Value }}"{% if o.Selected %} selected{% endif %}>{{ o.Label }}</option>{% endfor %}
        </select></div>
        <div class="field"><label for="until">Pause reminders until (for a pause)</label><input id="until" name="until" type="date" value="{{ Model.Actions.Until }}"></div>
        <div class="field"><label for="reason">Reason</label><p class="hint" id="reason-hint">Recorded in the history with your name. Required.</p>
        <textarea id="reason" name="reason" rows="3" maxlength="2000" dir="auto" aria-describedby="reason-hint">{{ Model.Actions.Reason }}</textarea></div>
        <button type="submit">Apply</button>
        </form>
        {%- endif %}
        <h2>Timeline</h2>
        {%- if Model.Timeline.size == 0 %}
        <p>Nothing has happened yet.</p>
        {%- else %}
        <p class="hint">Times are in UTC. Delivery events are not shown yet.</p>
        <ol class="timeline">
        {%- for t in Model.Timeline %}
        <li>
        <p class="meta"><time datetime="{{ t.AtIso }}">{{ t.AtLabel }}</time> · {{ t.KindLabel }}{% if t.By %} · {{ t.By }}{% endif %}</p>
        <p>{{ t.Summary }}</p>
        {%- if t.Reason %}<p class="note" dir="auto">Reason: {{ t.Reason }}</p>{% endif %}
        {%- if t.Note %}<p class="note" dir="auto">{{ t.Note }}</p>{% endif %}
        </li>
        {%- endfor %}
        </ol>
        {%- endif %}
        """;
}
