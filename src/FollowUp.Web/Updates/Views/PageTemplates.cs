namespace FollowUp.Web.Updates.Views;

/// <summary>
/// The Liquid sources of the pages. Every <c>{{ value }}</c> is HTML-encoded when rendered; there is
/// no <c>raw</c> anywhere, so stored text can never become markup.
/// </summary>
internal static class PageTemplates
{
    /// <summary>The owner's pages carry no navigation: the link in the email is the way in.</summary>
    public const string Header = """<header class="site"><p>FollowUp</p></header>""";

    public const string Progress = """
        <h1 dir="auto">{{ Model.Title }}</h1>
        {%- if Model.Saved %}
        <div class="notice success" role="status">
        <h2>Your update was saved</h2>
        <dl class="facts">
        <dt>Saved</dt><dd><time datetime="{{ Model.Saved.AtIso }}">{{ Model.Saved.AtLabel }}</time></dd>
        <dt>Status</dt><dd>{{ Model.Saved.NewStatus }}</dd>
        <dt>Progress</dt><dd>{{ Model.Saved.NewProgress }}%</dd>
        {%- if Model.Saved.ExpectedCompletion %}
        <dt>Expected completion</dt><dd>{{ Model.Saved.ExpectedCompletion }}</dd>
        {%- endif %}
        <dt>Note</dt><dd>{% if Model.Saved.Note %}<p class="note" dir="auto">{{ Model.Saved.Note }}</p>{% else %}None{% endif %}</dd>
        </dl>
        <p><a href="{{ Model.FormUrl }}">Post another update</a></p>
        </div>
        {%- endif %}
        {%- if Model.Conflict %}
        <div class="notice warning" role="alert">
        <h2>Someone else updated this commitment first</h2>
        <p>Your update has not been saved. The details below are now current; your note is still in the form. Check them, then save again.</p>
        <p>You had chosen: status {{ Model.Conflict.AttemptedStatus }}, progress {{ Model.Conflict.AttemptedProgress }}.</p>
        </div>
        {%- endif %}
        {%- if Model.Closed %}
        <div class="notice warning"{% if Model.Closed.Refused %} role="alert"{% endif %}>
        <h2>{% if Model.Closed.Refused %}Your update has not been saved: this commitment is closed{% else %}This commitment is closed{% endif %}</h2>
        <p>It is recorded as {{ Model.Closed.StatusLabel }}, so it no longer takes updates through this link. Only the commission's secretariat can reopen or correct it.</p>
        {%- if Model.Closed.Contacts.size > 0 %}
        <p>To reopen or correct it, contact the secretariat:</p>
        <ul>{% for c in Model.Closed.Contacts %}<li><a href="mailto:{{ c }}">{{ c }}</a></li>{% endfor %}</ul>
        {%- else %}
        <p>To reopen or correct it, contact the commission's secretariat. No contact address is configured in FollowUp, so ask whoever sent you the reminders.</p>
        {%- endif %}
        {%- if Model.Closed.UnsavedNote %}
        <p>The note you sent, not saved, to copy into your message:</p>
        <p class="note" dir="auto">{{ Model.Closed.UnsavedNote }}</p>
        {%- endif %}
        </div>
        {%- endif %}
        {%- if Model.HasErrors %}
        <div class="notice error" role="alert">
        <h2>Your update has not been saved</h2>
        <ul>
        {%- for e in Model.Errors %}
        <li><a href="#{{ e.Field }}">{{ e.Message }}</a></li>
        {%- endfor %}
        </ul>
        </div>
        {%- endif %}
        <h2>Where it stands</h2>
        <dl class="facts">
        <dt>Commission</dt><dd>{{ Model.Commission }}</dd>
        <dt>Due</dt><dd><time datetime="{{ Model.DueIso }}">{{ Model.DueLabel }}</time>{% if Model.Overdue %} (overdue){% endif %}</dd>
        <dt>Status</dt><dd>{{ Model.StatusLabel }}</dd>
        <dt>Progress</dt><dd><progress max="100" value="{{ Model.Progress }}" aria-hidden="true"></progress> {{ Model.Progress }}%</dd>
        <dt>Your ministry</dt><dd>{{ Model.YourMinistry }}</dd>
        <dt>Shared with</dt><dd>
        {%- if Model.Others.size > 0 %}<ul>{% for o in Model.Others %}<li>{{ o.Ministry }} ({{ o.Role }})</li>{% endfor %}</ul>
        {%- else %}No other ministry{% endif %}</dd>
        </dl>
        {%- if Model.Form %}
        <form method="post" action="{{ Model.FormUrl }}">
        <fieldset>
        <legend>Report where it stands</legend>
        <div class="field">
        <label for="status">Status</label>
        {%- if Model.FieldErrors.status %}
        <p class="field-error" id="status-error">{{ Model.FieldErrors.status }}</p>
        {%- endif %}
        <select id="status" name="status"{% if Model.FieldErrors.status %} aria-invalid="true" aria-describedby="status-error"{% endif %}>
        {%- for s in Model.StatusOptions %}
        <option value="{{ s.Value }}"{% if s.Selected %} selected{% endif %}>{{ s.Label }}</option>
        {%- endfor %}
        </select>
        </div>
        <div class="field">
        <label for="progress">Progress, in percent</label>
        <p class="hint" id="progress-hint">A whole number from 0 to 100. Completed always records 100.</p>
        {%- if Model.FieldErrors.progress %}
        <p class="field-error" id="progress-error">{{ Model.FieldErrors.progress }}</p>
        {%- endif %}
        <input id="progress" name="progress" type="number" inputmode="numeric" min="0" max="100" step="1" required value="{{ Model.Form.Progress }}" aria-describedby="progress-hint{% if Model.FieldErrors.progress %} progress-error{% endif %}"{% if Model.FieldErrors.progress %} aria-invalid="true"{% endif %}>
        </div>
        <div class="field">
        <label for="note">Note (optional)</label>
        <p class="hint" id="note-hint">What has changed, what comes next, or what is in the way. At most 2,000 characters.</p>
        {%- if Model.FieldErrors.note %}
        <p class="field-error" id="note-error">{{ Model.FieldErrors.note }}</p>
        {%- endif %}
        <textarea id="note" name="note" rows="6" maxlength="2000" dir="auto" aria-describedby="note-hint{% if Model.FieldErrors.note %} note-error{% endif %}"{% if Model.FieldErrors.note %} aria-invalid="true"{% endif %}>{{ Model.Form.Note }}</textarea>
        </div>
        <div class="field">
        <label for="expectedCompletion">Expected completion date (optional)</label>
        <p class="hint" id="expectedCompletion-hint">When you expect it to be done, if you know.</p>
        {%- if Model.FieldErrors.expectedCompletion %}
        <p class="field-error" id="expectedCompletion-error">{{ Model.FieldErrors.expectedCompletion }}</p>
        {%- endif %}
        <input id="expectedCompletion" name="expectedCompletion" type="date" value="{{ Model.Form.ExpectedCompletion }}" aria-describedby="expectedCompletion-hint{% if Model.FieldErrors.expectedCompletion %} expectedCompletion-error{% endif %}"{% if Model.FieldErrors.expectedCompletion %} aria-invalid="true"{% endif %}>
        </div>
        {%- if Model.FieldErrors.version %}
        <p class="field-error" id="version">{{ Model.FieldErrors.version }}</p>
        {%- endif %}
        <input type="hidden" name="version" value="{{ Model.Form.Version }}">
        </fieldset>
        <button type="submit">Save update</button>
        </form>
        {%- endif %}
        <h2>Recent updates</h2>
        {%- if Model.History.size == 0 %}
        <p>No updates yet.</p>
        {%- else %}
        <p class="hint">Times are in {{ Model.TimeZone }}.</p>
        <ol class="history">
        {%- for h in Model.History %}
        <li>
        <p class="meta"><time datetime="{{ h.AtIso }}">{{ h.AtLabel }}</time> · {{ h.By }}</p>
        <p>Status {% if h.StatusChanged %}{{ h.OldStatus }} → {{ h.NewStatus }}{% else %}{{ h.NewStatus }} (unchanged){% endif %}; progress {% if h.ProgressChanged %}{{ h.OldProgress }}% → {{ h.NewProgress }}%{% else %}{{ h.NewProgress }}% (unchanged){% endif %}{% if h.ExpectedCompletion %}; expected completion {{ h.ExpectedCompletion }}{% endif %}</p>
        {%- if h.Note %}
        <p class="note" dir="auto">{{ h.Note }}</p>
        {%- endif %}
        </li>
        {%- endfor %}
        </ol>
        {%- endif %}
        """;

    public const string Message = """
        <h1>{{ Model.Heading }}</h1>
        {%- for p in Model.Paragraphs %}
        <p>{{ p }}</p>
        {%- endfor %}
        {%- if Model.FreshLinkUrl %}
        <form method="post" action="{{ Model.FreshLinkUrl }}">
        <button type="submit">Send me a fresh link</button>
        </form>
        {%- endif %}
        """;
}
