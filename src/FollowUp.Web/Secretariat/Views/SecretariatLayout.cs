namespace FollowUp.Web.Secretariat.Views;

/// <summary>The workspace's header and message page, inside <see cref="HtmlFrame"/>. Every <c>{{ value }}</c> is HTML-encoded; there is no <c>raw</c>.</summary>
internal static class SecretariatLayout
{
    /// <summary>The header of every workspace page: where to go and who is signed in.</summary>
    public const string Header = """
        <header class="site">
        <p>FollowUp secretariat</p>
        {%- if Nav %}
        <nav aria-label="Workspace"><ul><li><a href="{{ Nav.Overview }}">Overview</a></li><li><a href="{{ Nav.Commitments }}">Commitments</a></li><li><a href="{{ Nav.Schedule }}">What goes out next</a></li><li><a href="{{ Nav.Snapshots }}">Snapshots and report</a></li>{% if Nav.CanAct %}<li><a href="{{ Nav.Add }}">Add a commitment</a></li><li><a href="{{ Nav.Import }}">Upload an import file</a></li>{% endif %}</ul></nav>
        <p class="who">Signed in as {{ Nav.Person }} ({{ Nav.Role }})</p>
        {%- endif %}
        </header>
        """;

    public const string Message = """
        <h1>{{ Model.Heading }}</h1>
        {%- for p in Model.Paragraphs %}
        <p>{{ p }}</p>
        {%- endfor %}
        {%- if Model.Errors.size > 0 %}
        <div class="notice error" role="alert"><ul>
        {%- for e in Model.Errors %}<li>{% if e.Field != "" %}{{ e.Field }}: {% endif %}{{ e.Message }}</li>{% endfor %}
        </ul></div>
        {%- endif %}
        {%- if Model.LinkUrl %}
        <p><a href="{{ Model.LinkUrl }}">{{ Model.LinkText }}</a></p>
        {%- endif %}
        """;
}
