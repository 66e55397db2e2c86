namespace FollowUp.Web.Secretariat.Views;

/// <summary>The commitments list: a GET form of filters (so the view is its URL), the table, and the downloads.</summary>
internal static class ListTemplate
{
    public const string Body = """
        <h1>Commitments</h1>
        {%- if Model.Errors.size > 0 %}
        <div class="notice error" role="alert"><h2>Some filters could not be read</h2><ul>
        {%- for e in Model.Errors %}<li><a href="#f-{{ e.Field }}">{{ e.Field }}: {{ e.Message }}</a></li>{% endfor %}
        </ul></div>
        {%- endif %}
        <form class="filters" method="get" action="{{ Model.ListUrl }}">
        {%- for t in Model.TextFilters %}
        <div><label for="f-{{ t.Name }}">{{ t.Label }}</label><input id="f-{{ t.Name }}" name="{{ t.Name }}" value="{{ t.Value }}"></div>
        {%- endfor %}
        {%- for c in Model.Choices %}
        <div><label for="f-{{ c.Name }}">{{ c.Label }}</label><select id="f-{{ c.Name }}" name="{{ c.Name }}">
        {%- for o in c.Options %}<option value="{{ o.Value }}"{% if o.Selected %} selected{% endif %}>{{ o.Label }}</option>{% endfor %}
        </select></div>
        {%- endfor %}
        {%- for f in Model.Flags %}
        <div class="check"><input type="checkbox" id="f-{{ f.Name }}" name="{{ f.Name }}" value="true"{% if f.Checked %} checked{% endif %}> <label for="f-{{ f.Name }}">{{ f.Label }}</label></div>
        {%- endfor %}
        <div><button type="submit">Show</button></div>
        </form>
        <p role="status">{{ Model.Total }} {% if Model.Total == 1 %}commitment{% else %}commitments{% endif %}. <a href="{{ Model.ListUrl }}">Clear the filters</a>. Download this view: <a href="{{ Model.CsvUrl }}">CSV</a>, <a href="{{ Model.XlsxUrl }}">Excel (XLSX)</a>.</p>
        {%- if Model.Rows.size > 0 %}
        <div class="scroll" tabindex="0" role="region" aria-label="Commitments, scrolls sideways">
        <table>
        <thead><tr><th scope="col">Commitment</th><th scope="col">Owners</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col" class="num">Progress</th><th scope="col" class="num">Days overdue</th><th scope="col">Last update</th><th scope="col" class="num">Reminders sent</th></tr></thead>
        <tbody>
        {%- for r in Model.Rows %}
        <tr>
        <td><a href="{{ r.Url }}" dir="auto">{{ r.Title }}</a><br><span class="meta">{{ r.Commission }} · {{ r.Sector }}</span></td>
        <td>{% for o in r.Owners %}{% unless forloop.first %}; {% endunless %}<a href="{{ o.Url }}">{{ o.Label }}</a>{% endfor %}</td>
        <td><time datetime="{{ r.DueIso }}">{{ r.DueIso }}</time></td>
        <td>{{ r.StatusLabel }}</td>
        <td class="num">{{ r.Progress }}%</td>
        <td class="num">{{ r.DaysOverdue }}</td>
        <td>{% if r.LastUpdateAt %}<time datetime="{{ r.LastUpdateAt }}">{{ r.LastUpdateLabel }}</time> · {{ r.LastUpdateBy }}{% else %}None yet{% endif %}</td>
        <td class="num">{{ r.RemindersSent }}</td>
        </tr>
        {%- endfor %}
        </tbody>
        </table>
        </div>
        {%- else %}
        <p>No commitment matches these filters.</p>
        {%- endif %}
        """;
}
