namespace FollowUp.Web;

/// <summary>
/// The document around every page, the owner's and the workspace's: one head, so that the viewport,
/// referrer and robots rules cannot drift apart between the two. Every <c>{{ value }}</c> is
/// HTML-encoded when rendered; there is no <c>raw</c>.
/// </summary>
internal static class HtmlFrame
{
    /// <summary>
    /// The Liquid source of a whole page. <paramref name="site"/> ends the title; the stylesheet sits
    /// alone inside its element, with no whitespace around it, so that its CSP hash matches.
    /// </summary>
    public static string Document(string site, string css, string header, string body) => $$$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <meta name="robots" content="noindex, nofollow">
        <title>{{ PageTitle }} – {{{site}}}</title>
        <style>{{{css}}}</style>
        </head>
        <body>
        {{{header}}}
        <main>{{{body}}}</main>
        </body>
        </html>
        """;
}
