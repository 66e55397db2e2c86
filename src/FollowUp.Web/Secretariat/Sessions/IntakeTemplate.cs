namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The intake form and the review of its drafts. Every <c>{{ value }}</c> is HTML-encoded.</summary>
internal static class IntakeTemplate
{
    public const string Notice = """
        {%- if Model.Notice %}
        <div class="notice {{ Model.Notice.Kind }}" role="alert">
        <h2>{{ Model.Notice.Heading }}</h2>
        {%- for p in Model.Notice.Paragraphs %}<p>{{ p }}</p>{% endfor %}
        {%- if Model.Notice.Errors.size > 0 %}<ul>{% for e in Model.Notice.Errors %}<li><a href="#{{ e.Field }}">{{ e.Field }}: {{ e.Message }}</a></li>{% endfor %}</ul>{% endif %}
        </div>
        {%- endif %}
        """;

    public const string Form = """
        <h1>Draft commitments from a session's outcome</h1>
        """ + Notice + """
        <p>Paste the outcome text (a communiqué, a press release, the agreed minutes) or upload it as a UTF-8 text file. FollowUp proposes one draft commitment per undertaking, by fixed rules, and shows each with the sentence it came from. Nothing is stored: download the drafts, fill in the owners, and import them.</p>
        <form method="post" action="{{ Model.Url }}" enctype="multipart/form-data">
        <input type="hidden" name="{{ Model.AntiforgeryField }}" value="{{ Model.AntiforgeryToken }}">
        <div class="field"><label for="commission">Commission id</label><p class="hint" id="commission-hint">Lower-case letters, digits and dashes, e.g. pak-aze-jc8. Draft ids are this id and a number.</p>
        <input id="commission" name="commission" required autocomplete="off" aria-describedby="commission-hint" value="{{ Model.Commission }}"></div>
        <div class="field"><label for="asOf">Session date (optional)</label><p class="hint" id="asOf-hint">YYYY-MM-DD. "By March" or "next year" count from it; empty: the document's own date, if it gives one.</p>
        <input id="asOf" name="asOf" type="date" aria-describedby="asOf-hint" value="{{ Model.AsOf }}"></div>
        <div class="field"><label for="text">Outcome text</label><p class="hint" id="text-hint">Paste it here, or upload a file below: one or the other. At most {{ Model.MaxKiB }} KiB.</p>
        <textarea id="text" name="text" rows="12" dir="auto" aria-describedby="text-hint">{{ Model.Text }}</textarea></div>
        <div class="field"><label for="file">Or upload a text file (.txt, UTF-8)</label>
        <input id="file" name="file" type="file" accept=".txt,text/plain"></div>
        <button type="submit">Propose drafts</button>
        </form>
        """;

    public const string Review = """
        <p><a href="{{ Model.IntakeUrl }}">Run the intake on another text</a></p>
        <h1>Review the drafts</h1>
        <div class="notice warning" role="status"><p>{{ Model.Summary }} {{ Model.Reference }}</p><p>Nothing has been stored. Download the drafts, fill in what each one lists under "Still to fill", check the rest, and import the file: followup import refuses a draft until its owners are filled.</p></div>
        <form method="post" action="{{ Model.Download.Url }}">
        <input type="hidden" name="{{ Model.Download.AntiforgeryField }}" value="{{ Model.Download.AntiforgeryToken }}">
        <input type="hidden" name="commission" value="{{ Model.Download.Commission }}">
        <input type="hidden" name="asOf" value="{{ Model.Download.AsOf }}">
        <input type="hidden" name="documentName" value="{{ Model.Download.DocumentName }}">
        <input type="hidden" name="text" value="{{ Model.Download.Text }}">
        <p>Download the drafts in the import format: <button type="submit" name="format" value="json">JSON</button> <button type="submit" name="format" value="csv">CSV</button></p>
        </form>
        {%- for d in Model.Drafts %}
        <section aria-labelledby="d-{{ d.Id }}">
        <h2 id="d-{{ d.Id }}" dir="auto">{{ d.Id }}: {{ d.Title }}</h2>
        <dl class="facts">
        <dt>Sentence {{ d.SentenceNumber }}</dt><dd><p class="note" dir="auto">{{ d.SentenceText }}</p></dd>
        <dt>Rule</dt><dd>{{ d.Rule }}: {{ d.RuleExplains }} (matched "{{ d.Cue }}")</dd>
        <dt>Proposed title</dt><dd dir="auto">{{ d.Title }}</dd>
        <dt>Sector</dt><dd>{{ d.Sector }}</dd>
        <dt>Parties</dt><dd>{{ d.Parties }}</dd>
        <dt>Due date</dt><dd>{% if d.DueIso %}<time datetime="{{ d.DueIso }}">{{ d.DueIso }}</time>{% else %}{{ d.DueLabel }}{% endif %}</dd>
        <dt>Why</dt><dd dir="auto">{{ d.Source }}</dd>
        <dt>Still to fill</dt><dd><ul>{% for f in d.ToFill %}<li>{{ f }}</li>{% endfor %}</ul></dd>
        </dl>
        </section>
        {%- endfor %}
        """;
}
