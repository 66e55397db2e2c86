namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The snapshots page. Every <c>{{ value }}</c> is HTML-encoded.</summary>
internal static class SnapshotsTemplate
{
    public const string Body = """
        <h1>Snapshots and the report</h1>
        {%- if Model.Notice %}
        <div class="notice {{ Model.Notice.Kind }}" role="{% if Model.Notice.Kind == "success" %}status{% else %}alert{% endif %}">
        <h2>{{ Model.Notice.Heading }}</h2>
        {%- for p in Model.Notice.Paragraphs %}<p>{{ p }}</p>{% endfor %}
        {%- if Model.Notice.Errors.size > 0 %}<ul>{% for e in Model.Notice.Errors %}<li><a href="#{{ e.Field }}">{{ e.Field }}: {{ e.Message }}</a></li>{% endfor %}</ul>{% endif %}
        </div>
        {%- endif %}
        <h2>The report for the next session</h2>
        <p class="hint">From a snapshot, or from live data as of now. HTML is made for printing: the browser's "save as PDF" gives the PDF. DOCX opens in a word processor for editing and translation.</p>
        <form class="filters" method="get" action="{{ Model.Report.Url }}">
        <div><label for="r-snapshot">Report</label><select id="r-snapshot" name="snapshot">
        {%- for o in Model.Report.Snapshots %}<option value="{{ o.Value }}"{% if o.Selected %} selected{% endif %}>{{ o.Label }}</option>{% endfor %}
        </select></div>
        <div><label for="r-since">Compared with</label><select id="r-since" name="since">
        {%- for o in Model.Report.Since %}<option value="{{ o.Value }}"{% if o.Selected %} selected{% endif %}>{{ o.Label }}</option>{% endfor %}
        </select></div>
        <div><label for="r-groupBy">Sections</label><select id="r-groupBy" name="groupBy">
        {%- for o in Model.Report.Groupings %}<option value="{{ o.Value }}"{% if o.Selected %} selected{% endif %}>{{ o.Label }}</option>{% endfor %}
        </select></div>
        <div><label for="r-format">Format</label><select id="r-format" name="format">
        {%- for o in Model.Report.Formats %}<option value="{{ o.Value }}"{% if o.Selected %} selected{% endif %}>{{ o.Label }}</option>{% endfor %}
        </select></div>
        <div><button type="submit">Download the report</button></div>
        </form>
        <h2>Snapshots</h2>
        {%- if Model.Rows.size > 0 %}
        <div class="scroll" tabindex="0" role="region" aria-label="Snapshots, scrolls sideways">
        <table>
        <thead><tr><th scope="col">Name</th><th scope="col">As of</th><th scope="col">Created</th><th scope="col" class="num">Commitments</th><th scope="col">SHA-256 of the data</th></tr></thead>
        <tbody>
        {%- for r in Model.Rows %}
        <tr>
        <td>{{ r.Name }}</td>
        <td><time datetime="{{ r.AsOfIso }}">{{ r.AsOfLabel }}</time>{% if r.Reconstructed %}<br><span class="meta">replayed from the history</span>{% endif %}</td>
        <td><time datetime="{{ r.CreatedIso }}">{{ r.CreatedLabel }}</time></td>
        <td class="num">{{ r.Commitments }}</td>
        <td><span class="note">{{ r.DataSha256 }}</span></td>
        </tr>
        {%- endfor %}
        </tbody>
        </table>
        </div>
        {%- else %}
        <p>No snapshots yet.</p>
        {%- endif %}
        {%- if Model.Create %}
        <h2>Freeze a snapshot</h2>
        <p class="hint">A snapshot keeps every commitment's state, its last update and its reminder and delivery counts. It is never changed once written, and its name is never reused.</p>
        <form method="post" action="{{ Model.Create.Url }}">
        <input type="hidden" name="{{ Model.Create.AntiforgeryField }}" value="{{ Model.Create.AntiforgeryToken }}">
        <div class="field"><label for="name">Name</label><p class="hint" id="name-hint">1 to 64 lower-case letters, digits and dashes, e.g. jc9-baku.</p>
        <input id="name" name="name" maxlength="64" autocomplete="off" aria-describedby="name-hint" value="{{ Model.Create.Name }}"></div>
        <div class="field"><label for="asOf">As of (optional)</label><p class="hint" id="asOf-hint">An instant in UTC, e.g. 2026-11-30T05:00:00Z, to replay the state from the history. Empty: now.</p>
        <input id="asOf" name="asOf" autocomplete="off" aria-describedby="asOf-hint" value="{{ Model.Create.AsOf }}"></div>
        <button type="submit">Create the snapshot</button>
        </form>
        {%- endif %}
        {%- if Model.IntakeUrl %}
        <h2>Draft commitments from a session's outcome</h2>
        <p><a href="{{ Model.IntakeUrl }}">Run the intake</a> on the outcome text (a communiqué or the agreed minutes) and review the drafts it proposes.</p>
        {%- endif %}
        """;
}
