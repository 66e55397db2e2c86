using System.Text.Json;
using FollowUp.Core.Links;
using FollowUp.Tests.Links;
using FollowUp.Tests.TestSupport;
using FollowUp.Web.Updates;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Updates;

public sealed class ProgressAccessTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task ATamperedTokenIsForbiddenWithAPageThatSaysNothingAboutWhy()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var token = context.TokenFor();
        var tampered = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        var page = ProgressAssert.IsHtml(403, await context.GetAsync(tampered));

        Assert.Contains("This link does not work", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCommitments.Bilateral().Title, page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("expired", page.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryRefusedTokenGetsTheSameAnswer()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        await context.SeedAsync(TestCommitments.Bilateral("other-commitment"));
        var token = context.TokenFor();
        var otherKey = new LinkTokenSigner(
            LinkSigningKeys.FromOptions(new() { SigningKeys = [LinkTestContext.Key("k2026", 0x33)] }),
            Options.Create(new Core.Configuration.FollowUpOptions()),
            context.Time);

        var refused = new[]
        {
            await context.GetAsync(token[..^1] + (token[^1] == 'A' ? 'B' : 'A')),
            await context.GetAsync(otherKey.CreateToken(ProgressTestContext.Id, ProgressTestContext.Karachi.Email, 0)),
            await context.GetAsync(context.TokenFor("other-commitment")),
            await context.GetAsync(null),
            await context.GetAsync("not a token <script>"),
        };

        Assert.All(refused, r => ProgressAssert.IsHtml(403, r));
        Assert.Single(refused.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task ATokenForAnotherCommitmentCannotUpdateThisOne()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        await context.SeedAsync(TestCommitments.Bilateral("other-commitment"));

        ProgressAssert.IsHtml(403, await context.PostFormAsync(context.TokenFor("other-commitment"), ProgressTestContext.Form(seeded.Version)));

        Assert.Equal(seeded.Version, (await context.CurrentAsync()).Version);
    }

    [Fact]
    public async Task AnAddressRemovedFromTheCommitmentIsForbidden()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor(email: ProgressTestContext.Baku.Email);
        await context.Store.UpsertAsync(seeded with { Owners = [ProgressTestContext.Karachi] });

        ProgressAssert.IsHtml(403, await context.GetAsync(token));
        ProgressAssert.IsHtml(403, await context.PostFormAsync(token, ProgressTestContext.Form((await context.CurrentAsync()).Version)));
        Assert.Empty(await context.HistoryAsync());
    }

    [Fact]
    public async Task JsonClientsGetTheRefusalAsJsonErrors()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();

        var response = ProgressAssert.IsJson(403, await context.GetAsync("tampered", "application/json"));

        using var json = JsonDocument.Parse(response.Body);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("token", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task ADeletedCommitmentIsNotFound()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor();
        await context.Tables.Service.GetTableClient(context.Tables.Options.Storage.CommitmentsTable).DeleteEntityAsync(ProgressTestContext.Id, "commitment");

        ProgressAssert.IsHtml(404, await context.GetAsync(token));
        ProgressAssert.IsHtml(404, await context.PostFormAsync(token, ProgressTestContext.Form(seeded.Version)));
        ProgressAssert.IsJson(404, await context.GetAsync(token, "application/json"));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OtherMethodsAreNotAllowedAndSayWhichAre(string method)
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();

        var response = ProgressAssert.IsHtml(405, await context.SendAsync(new ProgressRequest { Method = method, CommitmentId = ProgressTestContext.Id, Token = context.TokenFor() }));

        Assert.Equal("GET, HEAD, POST", response.Headers["Allow"]);
    }

    [Fact]
    public async Task TheFreshLinkRouteOnlyTakesPosts()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();

        var response = ProgressAssert.IsHtml(405, await context.SendAsync(new ProgressRequest
        {
            Method = "GET",
            Route = ProgressRoute.FreshLink,
            CommitmentId = ProgressTestContext.Id,
            Token = context.TokenFor(),
        }));

        Assert.Equal("POST", response.Headers["Allow"]);
        Assert.Empty(context.Sender.Sent);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded; charset=iso-8859-1")]
    [InlineData("")]
    [InlineData(null)]
    public async Task AnyOtherBodyTypeIsUnsupported(string? contentType)
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();

        ProgressAssert.IsHtml(415, await context.PostAsync(context.TokenFor(), contentType, ProgressTestContext.EncodeForm(ProgressTestContext.Form(seeded.Version))));

        Assert.Empty(await context.HistoryAsync());
    }

    [Fact]
    public async Task ABodyAnnouncedAsTooLargeIsRefusedUnread()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var body = new UnreadableStream();

        var response = ProgressAssert.IsHtml(413, await context.SendAsync(new ProgressRequest
        {
            Method = "POST",
            CommitmentId = ProgressTestContext.Id,
            Token = context.TokenFor(),
            ContentType = "application/x-www-form-urlencoded",
            ContentLength = OwnerRequestBody.MaxBytes + 1,
            Body = body,
        }));

        Assert.Contains("too long", response.Body, StringComparison.Ordinal);
        Assert.False(body.WasRead);
    }

    [Fact]
    public async Task AnOversizedBodyWithoutALengthIsCutOffAtTheLimit()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var fields = ProgressTestContext.Form(seeded.Version, note: new string('a', OwnerRequestBody.MaxBytes));

        var response = ProgressAssert.IsJson(413, await context.SendAsync(new ProgressRequest
        {
            Method = "POST",
            CommitmentId = ProgressTestContext.Id,
            Token = context.TokenFor(),
            Accept = "application/json",
            ContentType = "application/x-www-form-urlencoded",
            Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ProgressTestContext.EncodeForm(fields))),
        }));

        Assert.Empty(await context.HistoryAsync());
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal("body", json.RootElement.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task ABodyThatBreaksOffIsABadRequest()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();

        ProgressAssert.IsHtml(400, await context.SendAsync(new ProgressRequest
        {
            Method = "POST",
            CommitmentId = ProgressTestContext.Id,
            Token = context.TokenFor(),
            ContentType = "application/x-www-form-urlencoded",
            Body = new UnreadableStream(),
        }));
    }

    [Fact]
    public async Task AnExpiredLinkIsGoneAndOffersAFreshOne()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor();
        context.Time.Advance(TimeSpan.FromDays(30));

        var page = ProgressAssert.IsHtml(410, await context.GetAsync(token));
        var post = ProgressAssert.IsHtml(410, await context.PostFormAsync(token, ProgressTestContext.Form(seeded.Version)));

        Assert.Contains($"<form method=\"post\" action=\"/api/commitments/{ProgressTestContext.Id}/progress/fresh-link?token={token}\">", page.Body, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Send me a fresh link</button>", page.Body, StringComparison.Ordinal);
        Assert.Equal(page.Body, post.Body);
        Assert.Empty(await context.HistoryAsync());
        Assert.Empty(context.Sender.Sent);
    }
}
