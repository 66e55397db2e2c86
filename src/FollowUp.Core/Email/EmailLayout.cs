namespace FollowUp.Core.Email;

/// <summary>
/// The frame every HTML email shares, so that the digest and the escalation message cannot drift
/// apart in what email clients need: a layout table 600 px wide, inline styles, system fonts, a
/// hidden preheader and the heading. Each body goes between <see cref="HtmlOpen"/> and <see cref="HtmlClose"/>.
/// </summary>
internal static class EmailLayout
{
    public const string HtmlOpen = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light">
        <title>{{ Subject }}</title>
        </head>
        <body style="margin:0;padding:0;background-color:#f2f4f7;">
        <div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{{ Preheader }}</div>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f7;">
        <tr><td align="center" style="padding:24px 12px;">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border:1px solid #d0d5dd;">
        <tr><td style="padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d2939;">
        <h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3;color:#101828;">{{ Heading }}</h1>
        """ + "\n";

    public const string HtmlClose = "\n" + """
        </td></tr>
        </table>
        </td></tr>
        </table>
        </body>
        </html>
        """;
}
