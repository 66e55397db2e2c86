using System.Net;
using System.Text.RegularExpressions;

namespace FollowUp.Tests.Workspace;

/// <summary>The antiforgery token and cookie a workspace page handed out, as a browser would send them back.</summary>
internal sealed partial record AntiforgeryForm(string Field, string Token, string Cookie)
{
    public static AntiforgeryForm From(WorkspaceResponse page)
    {
        var input = HiddenToken().Match(page.Body);
        Assert.True(input.Success, "The page carries no antiforgery field.");
        var cookie = CookiePair().Match(page.Header("Set-Cookie"));
        Assert.True(cookie.Success, "The page set no antiforgery cookie.");
        return new(input.Groups["name"].Value, WebUtility.HtmlDecode(input.Groups["value"].Value), cookie.Value);
    }

    /// <summary>The form body: the token first, then the fields, each encoded.</summary>
    public string Body(params (string Name, string Value)[] fields) =>
        string.Join("&", new[] { (Field, Token) }.Concat(fields).Select(f => Uri.EscapeDataString(f.Item1) + "=" + Uri.EscapeDataString(f.Item2)));

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex HiddenToken();

    [GeneratedRegex("followup-antiforgery=[^;,]+")]
    private static partial Regex CookiePair();
}
