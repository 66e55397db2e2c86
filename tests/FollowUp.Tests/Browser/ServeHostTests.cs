using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using FollowUp.Web;

namespace FollowUp.Tests.Browser;

/// <summary>
/// <c>followup serve</c> over plain HTTP: the outbox pages, the emailed link, the refusals, and that no
/// request, however odd, gets a 500. Only the counterpart's link is used, and nothing here saves an update.
/// </summary>
[Collection(ServeCollectionDefinition.Name)]
public sealed partial class ServeHostTests(ServeHost serve) : IDisposable
{
    private const string OutboxCsp = "default-src 'none'; style-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private readonly HttpClient _http = serve.CreateClient();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task OutboxListsEveryDigestWithTheSecurityHeaders()
    {
        using var response = await _http.GetAsync(new Uri("/dev/outbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, OutboxCsp);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.All(ServeSample.Owners, owner => Assert.Contains(owner, page, StringComparison.Ordinal));
        Assert.DoesNotContain(ServeHost.SecretMarker, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessagePageListsTheUpdateLinkOfTheEmail()
    {
        var file = serve.MessageFileFor(ServeSample.CounterpartEmail);

        using var response = await _http.GetAsync(new Uri("/dev/outbox/" + Uri.EscapeDataString(file), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, OutboxCsp);
        var links = Anchors().Matches(await response.Content.ReadAsStringAsync())
            .Select(m => (Href: WebUtility.HtmlDecode(m.Groups["href"].Value), Text: WebUtility.HtmlDecode(m.Groups["text"].Value)));
        Assert.Contains((serve.UpdateLinkFor(ServeSample.CounterpartEmail), "Post an update: " + ServeSample.Title), links);
    }

    [Fact]
    public async Task EmailedLinkOpensTheUpdateForm()
    {
        using var response = await _http.GetAsync(new Uri(serve.UpdateLinkFor(ServeSample.CounterpartEmail)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertProgressHeaders(response);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<h1 dir=\"auto\">{ServeSample.Title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Save update", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedTokenIsForbiddenWithoutSayingWhy()
    {
        using var response = await _http.GetAsync(new Uri(Tampered(serve.UpdateLinkFor(ServeSample.CounterpartEmail))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertProgressHeaders(response);
        Assert.DoesNotContain(ServeSample.Title, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethodsOnTheUpdateLinkAre405WithAllow(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), serve.UpdateLinkFor(ServeSample.CounterpartEmail))
        {
            Content = new StringContent("status=InProgress&progress=99", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
        AssertProgressHeaders(response);
    }

    [Theory]
    [InlineData("/dev/outbox/..%2Fsecret.eml")]
    [InlineData("/dev/outbox/..%2Fsecret.eml/body")]
    [InlineData("/dev/outbox/%2E%2E%2Fsecret.eml")]
    [InlineData("/dev/outbox/..%5Csecret.eml")]
    [InlineData("/dev/outbox/x.txt")]
    [InlineData("/dev/outbox/x.txt/body")]
    public async Task OutboxServesNothingButEmlFilesInItsOwnFolder(string path)
    {
        using var response = await _http.GetAsync(Verbatim(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(ServeHost.SecretMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", HttpStatusCode.Redirect)]
    [InlineData("/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/dev/outbox.css/x", HttpStatusCode.NotFound)]
    public async Task TheRootAndUnknownRoutesCarryTheSecurityHeaders(string path, HttpStatusCode expected)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal(("same-origin", "same-origin"), (Header(response, "Cross-Origin-Opener-Policy"), Header(response, "Cross-Origin-Resource-Policy")));
        // Serve's links are plain http on loopback: pinning localhost to https would break it.
        Assert.Equal("(no Strict-Transport-Security)", Header(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("rebound.example.org")]
    [InlineData("192.0.2.10")]
    [InlineData("localhost.example.org")]
    public async Task TheOutboxIsNotServedUnderAHostNameThatIsNotLoopback(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/dev/outbox", UriKind.Relative));
        request.Headers.Host = host;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(ServeSample.CounterpartEmail, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOutboxIsServedUnderLocalhost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/dev/outbox", UriKind.Relative));
        request.Headers.Host = "localhost:" + new Uri(serve.BaseUrl).Port;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Requests a scanner, a broken client or a curious owner might send. <c>{token}</c> is the
    /// counterpart's real token, <c>{tampered}</c> the same with one character changed, <c>{file}</c>
    /// the counterpart's .eml; none of these saves anything (the stale version is refused before a write).
    /// Kestrel itself answers a NUL in the path (400) and removes dot segments before routing (404).
    /// HEAD gets the endpoint's 405 like any method but GET and POST, as its Allow header says.
    /// </summary>
    [Theory]
    [InlineData(302, "GET", "/")]
    [InlineData(200, "GET", "/dev/outbox.css")]
    [InlineData(200, "GET", "/dev/outbox/{file}/body")]
    [InlineData(404, "GET", "/dev/outbox/missing.eml")]
    [InlineData(404, "GET", "/dev/outbox/missing.eml/body")]
    [InlineData(400, "GET", "/dev/outbox/%00.eml")]
    [InlineData(404, "GET", "/dev/outbox/{long}.eml")]
    [InlineData(404, "GET", "/nowhere")]
    [InlineData(403, "GET", "/api/commitments/customs-data-exchange/progress")]
    [InlineData(403, "GET", "/api/commitments/customs-data-exchange/progress?token=")]
    [InlineData(403, "GET", "/api/commitments/customs-data-exchange/progress?token=%00%FF%FE")]
    [InlineData(403, "GET", "/api/commitments/customs-data-exchange/progress?token={long}")]
    [InlineData(403, "GET", "/api/commitments/customs-data-exchange/progress?token={token}&token={token}")]
    [InlineData(403, "GET", "/api/commitments/pta-implementation-plan/progress?token={token}")]
    [InlineData(404, "GET", "/api/commitments/%2E%2E/progress?token={token}")]
    [InlineData(403, "GET", "/api/commitments/%C3%A9%20x%2F/progress?token={token}")]
    [InlineData(200, "GET", "/api/commitments/customs-data-exchange/progress?token={token}&done=1")]
    [InlineData(200, "HEAD", "/api/commitments/customs-data-exchange/progress?token={token}")]
    [InlineData(405, "OPTIONS", "/api/commitments/customs-data-exchange/progress?token={token}")]
    [InlineData(403, "POST", "/api/commitments/customs-data-exchange/progress?token={tampered}", "application/x-www-form-urlencoded", "status=Completed&progress=100")]
    [InlineData(415, "POST", "/api/commitments/customs-data-exchange/progress?token={token}", "text/plain", "status=Completed")]
    [InlineData(400, "POST", "/api/commitments/customs-data-exchange/progress?token={token}", "application/json", "{")]
    [InlineData(400, "POST", "/api/commitments/customs-data-exchange/progress?token={token}", "application/x-www-form-urlencoded", "status=Nope&progress=abc&note=%FF")]
    [InlineData(409, "POST", "/api/commitments/customs-data-exchange/progress?token={token}", "application/x-www-form-urlencoded", "status=InProgress&progress=10&version=stale")]
    [InlineData(413, "POST", "/api/commitments/customs-data-exchange/progress?token={token}", "application/x-www-form-urlencoded", "{huge}")]
    [InlineData(405, "GET", "/api/commitments/customs-data-exchange/progress/fresh-link?token={token}")]
    [InlineData(403, "POST", "/api/commitments/customs-data-exchange/progress/fresh-link?token={tampered}")]
    public async Task OddRequestsGetAnAnswerButNeverA500(int expected, string method, string path, string? contentType = null, string? body = null)
    {
        var link = serve.UpdateLinkFor(ServeSample.CounterpartEmail);
        var token = link[(link.IndexOf("?token=", StringComparison.Ordinal) + "?token=".Length)..];
        var file = serve.MessageFileFor(ServeSample.CounterpartEmail);
        string Fill(string text) => text
            .Replace("{token}", token, StringComparison.Ordinal)
            .Replace("{tampered}", Tampered(token), StringComparison.Ordinal)
            .Replace("{file}", Uri.EscapeDataString(file), StringComparison.Ordinal)
            .Replace("{long}", new string('A', 600), StringComparison.Ordinal)
            .Replace("{huge}", "note=" + new string('a', 40_000), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), Verbatim(Fill(path)));
        if (body is not null)
        {
            request.Content = new StringContent(Fill(body), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }

        using var response = await _http.SendAsync(request);

        Assert.True((int)response.StatusCode < 500, $"{method} {path} answered {(int)response.StatusCode}");
        Assert.Equal(expected, (int)response.StatusCode);
        // Every answer of the update routes carries the security headers (TheRootAndUnknownRoutesCarryTheSecurityHeaders covers the rest).
        if (path.StartsWith("/api/", StringComparison.Ordinal) && expected != 404)
        {
            AssertProgressHeaders(response);
        }
    }

    /// <summary>
    /// The path exactly as written: System.Uri would otherwise unescape <c>%2E%2E</c> and drop the dot
    /// segments before sending, and the server would never see the request under test.
    /// </summary>
    private Uri Verbatim(string path) =>
        new(serve.BaseUrl + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    /// <summary>The token with one character of its MAC changed: still well-formed, no longer ours.</summary>
    private static string Tampered(string linkOrToken)
    {
        var at = linkOrToken.Length - 10;
        var swapped = linkOrToken[at] == 'A' ? 'B' : 'A';
        return string.Concat(linkOrToken.AsSpan(0, at), new string(swapped, 1), linkOrToken.AsSpan(at + 1));
    }

    private static void AssertProgressHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.Matches(@"^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'$", csp);
        AssertSecurityHeaders(response, csp);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string csp)
    {
        Assert.Equal(
            (csp, "nosniff", "DENY", "no-store", "no-referrer"),
            (Header(response, "Content-Security-Policy"), Header(response, "X-Content-Type-Options"), Header(response, "X-Frame-Options"),
                Header(response, "Cache-Control"), Header(response, "Referrer-Policy")));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : $"(no {name})";

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\">(?<text>[^<]*)</a>")]
    private static partial Regex Anchors();
}
