namespace FollowUp.Web.Secretariat.Views;

/// <summary>The overview: each group of counts as a bar chart (inline SVG) and, as its text equivalent, a table of links.</summary>
internal static class OverviewTemplate
{
    public const string Body = """
        <h1>Overview</h1>
        <p>{{ Model.Total }} commitments, as of <time datetime="{{ Model.AtIso }}">{{ Model.AtLabel }}</time>. Every count opens the list behind it.</p>
        <div class="cards">
        {%- for s in Model.Singles %}
        <section class="card" aria-labelledby="single-{{ forloop.index }}">
        <h2 id="single-{{ forloop.index }}">{{ s.Label }}</h2>
        <p class="big"><a href="{{ s.Url }}">{{ s.Count }}</a></p>
        {%- if s.Hint %}<p class="hint">{{ s.Hint }}</p>{% endif %}
        </section>
        {%- endfor %}
        </div>
        <div class="cards">
        {%- for g in Model.Groups %}
        <section class="card" aria-labelledby="{{ g.Id }}">
        <h2 id="{{ g.Id }}">{{ g.Heading }}</h2>
        <svg class="bars" role="img" aria-label="{{ g.Summary }}" viewBox="0 0 100 {{ g.Height }}" preserveAspectRatio="none" height="{{ g.Height }}">
        {%- for r in g.Rows %}
        <rect x="0" y="{{ r.Y }}" width="{{ r.BarWidth }}" height="14" fill="#1a4fa3"></rect>
        {%- endfor %}
        </svg>
        <table>
        <thead><tr><th scope="col">{{ g.Heading }}</th><th scope="col" class="num">Commitments</th></tr></thead>
        <tbody>
        {%- for r in g.Rows %}
        <tr><td>{{ r.Label }}</td><td class="num">{% if r.Url %}<a href="{{ r.Url }}">{{ r.Count }}</a>{% else %}{{ r.Count }}{% endif %}</td></tr>
        {%- endfor %}
        </tbody>
        </table>
        </section>
        {%- endfor %}
        </div>
        """;
}
