namespace FollowUp.Web.Secretariat.Edits;

/// <summary>The add and edit form: every field labelled, errors linked to their fields, one blank owner row to add one.</summary>
internal static class EditTemplate
{
    public const string Body = """
        <p><a href="{{ Model.BackUrl }}">{{ Model.BackText }}</a></p>
        <h1 dir="auto">{{ Model.Heading }}</h1>
        {%- if Model.Notice %}
        <div class="notice {{ Model.Notice.Kind }}" role="alert">
        <h2>{{ Model.Notice.Heading }}</h2>
        {%- for p in Model.Notice.Paragraphs %}<p>{{ p }}</p>{% endfor %}
        {%- if Model.Notice.Errors.size > 0 %}<ul>{% for e in Model.Notice.Errors %}<li>{% if e.Field != "" %}<a href="#{{ e.Field }}">{{ e.Field }}</a>: {% endif %}{{ e.Message }}</li>{% endfor %}</ul>{% endif %}
        </div>
        {%- endif %}
        {%- if Model.Stored %}
        <h2>Stored now</h2>
        <dl class="facts">
        <dt>Title</dt><dd dir="auto">{{ Model.Stored.Title }}</dd>
        <dt>Due</dt><dd>{{ Model.Stored.DueDate }}</dd>
        <dt>Description</dt><dd><p class="note" dir="auto">{% if Model.Stored.Description %}{{ Model.Stored.Description }}{% else %}None{% endif %}</p></dd>
        <dt>Escalation contact</dt><dd>{% if Model.Stored.EscalationEmail %}{{ Model.Stored.EscalationEmail }}{% else %}None{% endif %}</dd>
        <dt>Owners</dt><dd><ul>{% for o in Model.Stored.Owners %}<li>{{ o }}</li>{% endfor %}</ul></dd>
        </dl>
        <h2>Your changes, not saved</h2>
        {%- endif %}
        {%- assign f = Model.Form %}
        <form method="post" action="{{ f.ActionUrl }}">
        <input type="hidden" name="{{ f.AntiforgeryField }}" value="{{ f.AntiforgeryToken }}">
        {%- if f.IsNew %}
        <div class="field"><label for="id">Id</label><p class="hint" id="id-hint">Lower-case letters, digits and hyphens, such as pta-implementation-plan. It cannot be changed later.</p>
        <input id="id" name="id" value="{{ f.Id }}" maxlength="64" aria-describedby="id-hint" required></div>
        <div class="field"><label for="commission">Commission</label><p class="hint" id="commission-hint">The meeting that made it, such as pak-aze-jc8.</p>
        <input id="commission" name="commission" value="{{ f.Commission }}" maxlength="64" aria-describedby="commission-hint" required></div>
        <div class="field"><label for="sector">Sector</label><input id="sector" name="sector" value="{{ f.Sector }}" maxlength="64" required></div>
        {%- else %}
        <input type="hidden" name="version" value="{{ f.Version }}">
        {%- endif %}
        <div class="field"><label for="title">Title</label><input id="title" name="title" value="{{ f.Title }}" maxlength="200" size="60" dir="auto" required></div>
        <div class="field"><label for="description">Description (optional)</label><textarea id="description" name="description" rows="4" maxlength="4000" dir="auto">{{ f.Description }}</textarea></div>
        <div class="field"><label for="dueDate">Due date</label><p class="hint" id="dueDate-hint">YYYY-MM-DD.{% unless f.IsNew %} Moving it needs a reason.{% endunless %}</p>
        <input id="dueDate" name="dueDate" type="date" value="{{ f.DueDate }}" aria-describedby="dueDate-hint" required></div>
        <div class="field"><label for="escalationEmail">Escalation contact (optional)</label><p class="hint" id="escalationEmail-hint">Copied on escalated reminders.</p>
        <input id="escalationEmail" name="escalationEmail" type="email" value="{{ f.EscalationEmail }}" size="40" aria-describedby="escalationEmail-hint"></div>
        {%- if f.IsNew %}
        <div class="field"><label for="source">Source (optional)</label><p class="hint" id="source-hint">Minutes, communiqué or paragraph.</p>
        <input id="source" name="source" value="{{ f.Source }}" maxlength="500" size="60" aria-describedby="source-hint"></div>
        {%- endif %}
        <h2>Owners</h2>
        <p class="hint">At least one. Empty every field of a row to remove that owner; fill the last row to add one.</p>
        {%- for o in f.Owners %}
        <fieldset>
        <legend>Owner {{ o.Number }}</legend>
        <div class="field"><label for="{{ o.Prefix }}.ministry">Ministry</label><input id="{{ o.Prefix }}.ministry" name="{{ o.Prefix }}.ministry" value="{{ o.Ministry }}" maxlength="200" size="40" dir="auto"></div>
        <div class="field"><label for="{{ o.Prefix }}.email">Email address</label><input id="{{ o.Prefix }}.email" name="{{ o.Prefix }}.email" type="email" value="{{ o.Email }}" size="40"></div>
        <div class="field"><label for="{{ o.Prefix }}.timeZone">Time zone</label><p class="hint" id="{{ o.Prefix }}.timeZone-hint">An IANA zone such as Asia/Karachi or Asia/Baku.</p><input id="{{ o.Prefix }}.timeZone" name="{{ o.Prefix }}.timeZone" value="{{ o.TimeZone }}" aria-describedby="{{ o.Prefix }}.timeZone-hint"></div>
        <div class="field"><label for="{{ o.Prefix }}.role">Role</label><select id="{{ o.Prefix }}.role" name="{{ o.Prefix }}.role"><option value="">(lead if first, else counterpart)</option><option value="lead"{% if o.IsLead %} selected{% endif %}>Lead</option><option value="counterpart"{% if o.IsCounterpart %} selected{% endif %}>Counterpart</option></select></div>
        <div class="field"><label for="{{ o.Prefix }}.country">Country (optional)</label><p class="hint" id="{{ o.Prefix }}.country-hint">Two letters, such as PK or AZ.</p><input id="{{ o.Prefix }}.country" name="{{ o.Prefix }}.country" value="{{ o.Country }}" maxlength="2" size="4" aria-describedby="{{ o.Prefix }}.country-hint"></div>
        </fieldset>
        {%- endfor %}
        <div class="field"><label for="reason">Reason</label><p class="hint" id="reason-hint">Recorded in the history with your name.{% unless f.IsNew %} Required when the due date moves.{% endunless %}</p>
        <textarea id="reason" name="reason" rows="3" maxlength="2000" dir="auto" aria-describedby="reason-hint">{{ f.Reason }}</textarea></div>
        <button type="submit">{% if f.IsNew %}Add the commitment{% else %}Save the changes{% endif %}</button>
        </form>
        """;
}
