namespace FollowUp.Web.Secretariat.Views;

/// <summary>The frame of every workspace page. Every <c>{{ value }}</c> is HTML-encoded; there is no <c>raw</c>.</summary>
internal static class SecretariatLayout
{
    public const string Head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <meta name="robots" content="noindex, nofollow">
        <title>{{ PageTitle }} – FollowUp secretariat</title>
        <style>
        """;

    public const string BodyStart = """
        </style>
        </head>
        <body>
        <header class="site">
        <p>FollowUp secretariat</p>
        {%- if Nav %}
        <nav aria-label="Workspace"><ul><li><a href="{{ Nav.Overview }}">Overview</a></li><li><a href="{{ Nav.Commitments }}">Commitments</a></li><li><a href="{{ Nav.Schedule }}">What goes out next</a></li><li><a href="{{ Nav.Snapshots }}">Snapshots and report</a></li>{% if Nav.CanAct %}<li><a href="{{ Nav.Add }}">Add a commitment</a></li><li><a href="{{ Nav.Import }}">Upload an import file</a></li>{% endif %}</ul></nav>
        <p class="who">Signed in as {{ Nav.Person }} ({{ Nav.Role }})</p>
        {%- endif %}
        </header>
        <main>
        """;

    public const string End = """
        </main>
        </body>
        </html>
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
