using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

public sealed class ProgressPageTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task ThePageShowsTheCommitmentWhoSharesItAndAFormAtTheStoredVersion()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral(ProgressTestContext.Id) with { Status = CommitmentStatus.InProgress, Progress = 35 });
        var token = context.TokenFor();

        var page = ProgressAssert.IsHtml(200, await context.GetAsync(token, BrowserAccept));

        Assert.Contains("<html lang=\"en\">", page.Body, StringComparison.Ordinal);
        Assert.Contains(seeded.Title, page.Body, StringComparison.Ordinal);
        Assert.Contains("pak-aze-jc8", page.Body, StringComparison.Ordinal);
        Assert.Contains("31 March 2027", page.Body, StringComparison.Ordinal);
        Assert.Contains("<dd>In progress</dd>", page.Body, StringComparison.Ordinal);
        Assert.Contains("35%", page.Body, StringComparison.Ordinal);
        Assert.Contains("<li>Ministry of Economy (counterpart)</li>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<legend>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<label for=\"progress\">", page.Body, StringComparison.Ordinal);
        Assert.Contains("<option value=\"InProgress\" selected>", page.Body, StringComparison.Ordinal);
        Assert.Contains($"action=\"/api/commitments/{ProgressTestContext.Id}/progress?token={token}\"", page.Body, StringComparison.Ordinal);
        Assert.Equal(seeded.Version, ProgressAssert.VersionIn(page));
    }

    [Fact]
    public async Task AStatusSetByAnImportIsShownAsTheSecretariatsNotAMinistryNoLongerListed()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var entry = new ProgressEntry(ProgressTestContext.Start, ProgressEntry.ByImport, seeded.Status, CommitmentStatus.Blocked, 0, 0, null, Source: ProgressSource.Import);
        Assert.IsType<FollowUp.Core.Storage.SaveResult.Saved>(await context.Store.ReplaceAsync(seeded with { Status = CommitmentStatus.Blocked }, entry));

        var page = ProgressAssert.IsHtml(200, await context.GetAsync(context.TokenFor(), BrowserAccept));
        using var json = JsonDocument.Parse(ProgressAssert.IsJson(200, await context.GetAsync(context.TokenFor(), "application/json")).Body);

        Assert.Contains("The secretariat (by import)", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("no longer listed", page.Body, StringComparison.Ordinal);
        Assert.Equal("The secretariat (by import)", json.RootElement.GetProperty("history")[0].GetProperty("by").GetString());
    }

    [Fact]
    public async Task ThePageListsTheLastFiveUpdatesNewestFirst()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var token = context.TokenFor();
        for (var i = 1; i <= 6; i++)
        {
            var version = ProgressAssert.VersionIn(await context.GetAsync(token));
            ProgressAssert.Is(303, await context.PostFormAsync(token, ProgressTestContext.Form(version, progress: $"{i * 10}", note: $"Report number {i}")));
            context.Time.Advance(TimeSpan.FromDays(1));
        }

        var page = ProgressAssert.IsHtml(200, await context.GetAsync(token));

        Assert.DoesNotContain("Report number 1<", page.Body, StringComparison.Ordinal);
        var positions = Enumerable.Range(2, 5).Reverse()
            .Select(i => page.Body.IndexOf($"Report number {i}<", StringComparison.Ordinal))
            .ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Ministry of Commerce", page.Body, StringComparison.Ordinal);
        Assert.Contains("50% → 60%", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingForJsonReturnsTheCommitmentItsOwnersVersionAndHistory()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var token = context.TokenFor();
        var version = (await context.CurrentAsync()).Version;
        ProgressAssert.Is(303, await context.PostFormAsync(token, ProgressTestContext.Form(version, progress: "20", note: "Drafting", expectedCompletion: "2027-02-15")));
        var current = await context.CurrentAsync();

        var response = ProgressAssert.IsJson(200, await context.GetAsync(token, "application/json"));

        using var json = JsonDocument.Parse(response.Body);
        var root = json.RootElement;
        Assert.Equal(ProgressTestContext.Id, root.GetProperty("id").GetString());
        Assert.Equal(current.Title, root.GetProperty("title").GetString());
        Assert.Equal("2027-03-31", root.GetProperty("dueDate").GetString());
        Assert.Equal("InProgress", root.GetProperty("status").GetString());
        Assert.Equal(20, root.GetProperty("progress").GetInt32());
        Assert.Equal(current.Version, root.GetProperty("version").GetString());
        Assert.Equal(["Ministry of Commerce", "Ministry of Economy"], root.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("ministry").GetString()));
        var entry = Assert.Single(root.GetProperty("history").EnumerateArray());
        Assert.Equal("Drafting", entry.GetProperty("note").GetString());
        Assert.Equal("NotStarted", entry.GetProperty("oldStatus").GetString());
        Assert.Equal(20, entry.GetProperty("newProgress").GetInt32());
        Assert.Equal("2027-02-15", entry.GetProperty("expectedCompletion").GetString());
        Assert.Equal(ProgressTestContext.Start, entry.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task MarkupAndQuotesInStoredTextAreEncodedOnThePage()
    {
        await using var context = new ProgressTestContext(azurite);
        const string hostile = "<script>alert(\"x\")</script> & 'quoted' \"title\"";
        var seeded = await context.SeedAsync(TestCommitments.Bilateral(ProgressTestContext.Id) with { Title = hostile, Commission = "pak-aze-jc8" });
        var token = context.TokenFor();
        ProgressAssert.Is(303, await context.PostFormAsync(token, ProgressTestContext.Form(seeded.Version, note: "<img src=x onerror=alert(1)> \"done\" <script>x</script>")));

        var page = ProgressAssert.IsHtml(200, await context.GetAsync(token));

        Assert.DoesNotContain("<script", page.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quoted&#x27; &quot;title&quot;", page.Body, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &quot;done&quot; &lt;script&gt;x&lt;/script&gt;", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOnlyStyleIsTheInlineBlockThePolicyAllowsByHashAndThereIsNoScriptOrExternalAsset()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();

        var page = ProgressAssert.IsHtml(200, await context.GetAsync(context.TokenFor()));

        Assert.Contains($"style-src '{ProgressAssert.StyleHashOf(page)}';", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", page.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", page.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", page.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", page.Body, StringComparison.OrdinalIgnoreCase);
    }
}
