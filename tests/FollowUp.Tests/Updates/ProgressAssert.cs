using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FollowUp.Tests.Updates;

internal static partial class ProgressAssert
{
    /// <summary>The status, and the headers every response must carry whatever its status.</summary>
    public static ProgressResponse Is(int statusCode, ProgressResponse response)
    {
        Assert.Equal(statusCode, response.StatusCode);
        var csp = response.Headers["Content-Security-Policy"];
        Assert.Matches(@"^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'$", csp);
        Assert.Equal("no-referrer", response.Headers["Referrer-Policy"]);
        Assert.Equal("no-store", response.Headers["Cache-Control"]);
        Assert.Equal("nosniff", response.Headers["X-Content-Type-Options"]);
        Assert.Equal("DENY", response.Headers["X-Frame-Options"]);
        Assert.Equal("same-origin", response.Headers["Cross-Origin-Opener-Policy"]);
        Assert.Equal("same-origin", response.Headers["Cross-Origin-Resource-Policy"]);
        // The test context's public base URL is https.
        Assert.Equal("max-age=31536000", response.Headers["Strict-Transport-Security"]);
        return response;
    }

    public static ProgressResponse IsHtml(int statusCode, ProgressResponse response)
    {
        Is(statusCode, response);
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        return response;
    }

    public static ProgressResponse IsJson(int statusCode, ProgressResponse response)
    {
        Is(statusCode, response);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        return response;
    }

    /// <summary>The hidden version field, decoded as the browser would send it back.</summary>
    public static string VersionIn(ProgressResponse page)
    {
        var match = VersionField().Match(page.Body);
        Assert.True(match.Success, "The page has no version field.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string StyleHashOf(ProgressResponse page)
    {
        var match = StyleBlock().Match(page.Body);
        Assert.True(match.Success, "The page has no style block.");
        return "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(match.Groups[1].Value)));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"version\" value=\"([^\"]*)\">")]
    private static partial Regex VersionField();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
