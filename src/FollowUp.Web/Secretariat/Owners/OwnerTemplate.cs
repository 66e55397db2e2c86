namespace FollowUp.Web.Secretariat.Owners;

/// <summary>One ministry: who it is, whether mail reaches it, what it last reported, and its commitments.</summary>
internal static class OwnerTemplate
{
    public const string Body = """
        <p><a href="{{ Model.ListUrl }}">Its commitments in the list</a></p>
        <h1 dir="auto">{{ Model.Ministry }}</h1>
        {%- if Model.Notice %}
        <div class="notice {{ Model.Notice.Kind }}" role="{% if Model.Notice.Kind == "success" %}status{% else %}alert{% endif %}">
        <h2>{{ Model.Notice.Heading }}</h2>
        {%- for p in Model.Notice.Paragraphs %}<p>{{ p }}</p>{% endfor %}
        {%- if Model.Notice.Errors.size > 0 %}<ul>{% for e in Model.Notice.Errors %}<li>{% if e.Field != "" %}{{ e.Field }}: {% endif %}{{ e.Message }}</li>{% endfor %}</ul>{% endif %}
        </div>
        {%- endif %}
        <dl class="facts">
        <dt>Address</dt><dd>{{ Model.Email }}</dd>
        <dt>Country</dt><dd>{% if Model.Country %}{{ Model.Country }}{% else %}Not given{% endif %}</dd>
        <dt>Time zone</dt><dd>{{ Model.TimeZone }}</dd>
        <dt>Delivery</dt><dd>{{ Model.Delivery }}{% if Model.DeliverySinceIso %}, since <time datetime="{{ Model.DeliverySinceIso }}">{{ Model.DeliverySinceLabel }}</time>{% endif %}</dd>
        <dt>Last update</dt><dd>{% if Model.LastUpdateIso %}<time datetime="{{ Model.LastUpdateIso }}">{{ Model.LastUpdateLabel }}</time>, on <a href="{{ Model.LastUpdateUrl }}" dir="auto">{{ Model.LastUpdateTitle }}</a>{% if Model.LastUpdateNote %}<p class="note" dir="auto">{{ Model.LastUpdateNote }}</p>{% endif %}{% else %}None yet{% endif %}</dd>
        </dl>
        {%- if Model.Actions and Model.Actions.Commitments.size > 0 %}
        <h2>Send a fresh link now</h2>
        <p class="hint">It goes to this ministry's own address, and counts against the same cooldown and daily cap as an owner's own request.</p>
        <form method="post" action="{{ Model.Actions.FreshLinkUrl }}">
        <input type="hidden" name="{{ Model.Actions.AntiforgeryField }}" value="{{ Model.Actions.AntiforgeryToken }}">
        <div class="field"><label for="commitment">Commitment</label><select id="commitment" name="commitment">
        {%- for o in Model.Actions.Commitments %}<option value="{{ o.Value }}"{% if o.Selected %} selected{% endif %}>{{ o.Label }}</option>{% endfor %}
        </select></div>
        <div class="field"><label for="reason">Reason</label><p class="hint" id="reason-hint">Recorded in the commitment's history with your name. Required.</p>
        <textarea id="reason" name="reason" rows="3" maxlength="2000" dir="auto" aria-describedby="reason-hint">{{ Model.Actions.Reason }}</textarea></div>
        <button type="submit">Send a fresh link</button>
        </form>
        <h2>Nudge now</h2>
        <p class="hint">One digest of this ministry's open commitments, with its own links, outside the schedule. At most one digest a day reaches a ministry: refused if it had one today, and the scan sends it nothing more today once this goes.</p>
        <form method="post" action="{{ Model.Actions.NudgeUrl }}">
        <input type="hidden" name="{{ Model.Actions.AntiforgeryField }}" value="{{ Model.Actions.AntiforgeryToken }}">
        <div class="field"><label for="nudge-reason">Reason</label><p class="hint" id="nudge-reason-hint">Recorded in each commitment's history with your name. Required.</p>
        <textarea id="nudge-reason" name="reason" rows="3" maxlength="2000" dir="auto" aria-describedby="nudge-reason-hint">{{ Model.Actions.NudgeReason }}</textarea></div>
        <button type="submit">Send the digest now</button>
        </form>
        {%- endif %}
        <h2>Its commitments</h2>
        <p>{{ Model.Commitments.size }} {% if Model.Commitments.size == 1 %}commitment{% else %}commitments{% endif %}.</p>
        <div class="scroll" tabindex="0" role="region" aria-label="Its commitments, scrolls sideways">
        <table>
        <thead><tr><th scope="col">Commitment</th><th scope="col">Role</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col" class="num">Progress</th><th scope="col" class="num">Days overdue</th><th scope="col" class="num">Reminders sent</th></tr></thead>
        <tbody>
        {%- for r in Model.Commitments %}
        <tr>
        <td><a href="{{ r.Url }}" dir="auto">{{ r.Title }}</a><br><span class="meta">{{ r.Commission }}</span></td>
        <td>{{ r.Role }}</td>
        <td><time datetime="{{ r.DueIso }}">{{ r.DueIso }}</time></td>
        <td>{{ r.StatusLabel }}</td>
        <td class="num">{{ r.Progress }}%</td>
        <td class="num">{{ r.DaysOverdue }}</td>
        <td class="num">{{ r.RemindersSent }}</td>
        </tr>
        {%- endfor %}
        </tbody>
        </table>
        </div>
        """;
}
