namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>Upload, preview every change, then apply; errors listed by row and field.</summary>
internal static class ImportTemplate
{
    public const string Body = """
        <p><a href="{{ Model.BackUrl }}">All commitments</a></p>
        <h1>{{ Model.Heading }}</h1>
        {%- if Model.Notice %}
        <div class="notice {{ Model.Notice.Kind }}" role="{% if Model.Notice.Kind == "success" %}status{% else %}alert{% endif %}">
        <h2>{{ Model.Notice.Heading }}</h2>
        {%- for p in Model.Notice.Paragraphs %}<p>{{ p }}</p>{% endfor %}
        {%- if Model.Notice.Errors.size > 0 %}<ul>{% for e in Model.Notice.Errors %}<li>{% if e.Field != "" %}{{ e.Field }}: {% endif %}{{ e.Message }}</li>{% endfor %}</ul>{% endif %}
        </div>
        {%- endif %}
        {%- if Model.Summary %}<p>{{ Model.Summary }}</p>{% endif %}
        {%- if Model.Rows.size > 0 %}
        <div class="scroll" tabindex="0" role="region" aria-label="Changes, scrolls sideways">
        <table>
        <thead><tr><th scope="col">Row</th><th scope="col">Id</th><th scope="col">Change</th><th scope="col">Fields</th></tr></thead>
        <tbody>
        {%- for r in Model.Rows %}
        <tr><td>{{ r.Location }}</td><td>{{ r.Id }}</td><td>{{ r.Change }}</td><td>
        {%- if r.Fields.size > 0 %}<ul>{% for f in r.Fields %}<li dir="auto">{{ f.Field }}: {% if f.Before %}{{ f.Before }}{% else %}(none){% endif %} → {% if f.After %}{{ f.After }}{% else %}(none){% endif %}</li>{% endfor %}</ul>{% endif %}
        {%- if r.Kept %}<p class="note">{{ r.Kept }}</p>{% endif %}
        </td></tr>
        {%- endfor %}
        </tbody>
        </table>
        </div>
        {%- endif %}
        {%- if Model.Apply %}
        <form method="post" action="{{ Model.Apply.ActionUrl }}">
        <input type="hidden" name="{{ Model.Apply.AntiforgeryField }}" value="{{ Model.Apply.AntiforgeryToken }}">
        <input type="hidden" name="content" value="{{ Model.Apply.Content }}">
        <input type="hidden" name="format" value="{{ Model.Apply.Format }}">
        <input type="hidden" name="binding" value="{{ Model.Apply.Binding }}">
        <p class="hint">Apply writes exactly what is listed above. If the file or a commitment changes first, nothing is written and a fresh preview is shown.</p>
        <button type="submit">Apply these changes</button>
        </form>
        {%- endif %}
        {%- if Model.Upload %}
        <h2>Upload a file</h2>
        <form method="post" action="{{ Model.Upload.ActionUrl }}" enctype="multipart/form-data">
        <input type="hidden" name="{{ Model.Upload.AntiforgeryField }}" value="{{ Model.Upload.AntiforgeryToken }}">
        <div class="field"><label for="file">Import file (.json or .csv)</label><p class="hint" id="file-hint">The format followup import reads, at most {{ Model.Upload.Limit }}. Nothing is written until you apply the preview.</p>
        <input id="file" name="file" type="file" accept=".json,.csv,application/json,text/csv" aria-describedby="file-hint" required></div>
        <button type="submit">Preview the changes</button>
        </form>
        {%- endif %}
        """;
}
