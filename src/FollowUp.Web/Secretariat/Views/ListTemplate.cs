namespace FollowUp.Web.Secretariat.Views;

/// <summary>The commitments list: a GET form of filters (so the view is its URL), one page of the table with links to the others, and the downloads of the whole view.</summary>
internal static class ListTemplate
{
    public const string Body = """
        <h1>Commitments</h1>
        {%- if Model.Errors.size > 0 %}
        <div class="notice error" role="alert"><h2>Some filters could not be read</h2><ul>
        {%- for e in Model.Errors %}<li>{% if e.Anchor %}<a href="#{{ e.Anchor }}">{{ e.Field }}: {{ e.Message }}</a>{% else %}{{ e.Field }}: {{ e.Message }}{% endif %}</li>{% endfor %}
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
        {%- if Model.PageSize %}<input type="hidden" name="pageSize" value="{{ Model.PageSize }}">{% endif %}
        <div><button type="submit">Show</button></div>
        </form>
        <p role="status">{{ Model.Total }} {% if Model.Total == 1 %}commitment{% else %}commitments{% endif %}. <a href="{{ Model.ListUrl }}">Clear the filters</a>. Download this view, every page of it: <a href="{{ Model.CsvUrl }}">CSV</a>, <a href="{{ Model.XlsxUrl }}">Excel (XLSX)</a>.{% if Model.Showing != "" %} {{ Model.Showing }}{% endif %}</p>
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
        {%- elsif Model.Total == 0 %}
        <p>No commitment matches these filters.</p>
        {%- endif %}
        {%- if Model.Pager %}
        <nav class="pager" aria-label="Pages of commitments"><ul>
        {%- if Model.Pager.PreviousUrl %}<li><a href="{{ Model.Pager.PreviousUrl }}" rel="prev">Previous page</a></li>{% endif %}
        {%- for p in Model.Pager.Pages %}<li>{% if p.Url %}<a href="{{ p.Url }}" aria-label="Page {{ p.Number }}"{% if p.Current %} aria-current="page"{% endif %}>{{ p.Number }}</a>{% else %}<span aria-hidden="true">{{ p.Number }}</span>{% endif %}</li>{% endfor %}
        {%- if Model.Pager.NextUrl %}<li><a href="{{ Model.Pager.NextUrl }}" rel="next">Next page</a></li>{% endif %}
        </ul></nav>
        {%- endif %}
        """;
}
