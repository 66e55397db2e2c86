using System.Net;
using System.Text.RegularExpressions;

namespace FollowUp.Tests.Workspace;

/// <summary>What a browser sends back from a workspace page's form: the antiforgery cookie and the token in the form.</summary>
internal static partial class WorkspaceForms
{
    public static async Task<(string Cookie, string Token)> TokensAsync(WorkspaceTestContext context, string pagePath)
    {
        var page = await context.GetAsync(pagePath, WorkspaceTestContext.Admin, accept: "text/html");
        Assert.Equal(200, page.Status);
        var cookie = page.Header("Set-Cookie").Split(';')[0];
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page.Body).Groups[1].Value);
        Assert.NotEmpty(token);
        return (cookie, token);
    }

    public static string Encode(params (string Name, string Value)[] fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
