using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

/// <summary>The list page shows one page of its view; the downloads and (unless a page is asked for) the JSON twin keep the whole view.</summary>
public sealed partial class WorkspacePagingTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Json = "application/json";
    private const string List = "/api/secretariat/commitments";

    [Fact]
    public async Task ListPageShowsAHundredRowsAndLinksToTheNext()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await SeedAsync(context, 101);

        var first = await context.GetAsync(List, WorkspaceTestContext.Viewer, "text/html");
        var second = await context.GetAsync(Link(first.Body, "next"), WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(200, first.Status);
        Assert.Contains("Showing 1–100 of 101.", first.Body, StringComparison.Ordinal);
        Assert.Equal(100, RowIds(first.Body).Count);
        Assert.Contains("<nav class=\"pager\" aria-label=\"Pages of commitments\">", first.Body, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Page 1\" aria-current=\"page\">1</a>", first.Body, StringComparison.Ordinal);
        Assert.Null(LinkOrNull(first.Body, "prev"));
        Assert.Equal(List + "?page=2", Link(first.Body, "next"));
        Assert.Contains("Showing 101–101 of 101.", second.Body, StringComparison.Ordinal);
        Assert.Equal(["item-100"], RowIds(second.Body));
        Assert.Equal(List, Link(second.Body, "prev"));
        Assert.Null(LinkOrNull(second.Body, "next"));
    }

    [Fact]
    public async Task PageLinksKeepEveryFilterTheSortAndThePageSize()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await SeedAsync(context, 7);
        const string View = "?overdue=true&sort=title&order=desc";

        var whole = await context.GetAsync(List + View, WorkspaceTestContext.Viewer, Json);
        var pages = new List<string>();
        var url = List + View + "&pageSize=3";
        var shown = new List<string>();
        while (true)
        {
            var page = await context.GetAsync(url, WorkspaceTestContext.Viewer, "text/html");
            Assert.Equal(200, page.Status);
            Assert.Contains("<input type=\"hidden\" name=\"pageSize\" value=\"3\">", page.Body, StringComparison.Ordinal);
            shown.AddRange(RowIds(page.Body));
            pages.Add(url);
            if (LinkOrNull(page.Body, "next") is not { } next)
            {
                break;
            }

            url = next;
        }

        using var json = JsonDocument.Parse(whole.Body);
        Assert.Equal([.. json.RootElement.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)], shown);
        Assert.Equal(7, shown.Count);
        Assert.Equal(List + "?overdue=true&sort=title&order=desc&page=3&pageSize=3", pages[^1]);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=two", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1001", "pageSize")]
    public async Task UnreadablePageIsRefusedNamingTheParameter(string query, string field)
    {
        await using var context = new WorkspaceTestContext(azurite);
        await SeedAsync(context, 2);

        var json = await context.GetAsync(List + "?" + query, WorkspaceTestContext.Viewer, Json);
        var page = await context.GetAsync(List + "?country=PK&" + query, WorkspaceTestContext.Viewer, "text/html");
        var csv = await context.GetAsync(List + "?format=csv&" + query, WorkspaceTestContext.Viewer);

        Assert.Equal((400, 400, 400), (json.Status, page.Status, csv.Status));
        using var errors = JsonDocument.Parse(json.Body);
        Assert.Equal(field, errors.RootElement.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains($"<li>{field}: ", page.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"PK\"", page.Body, StringComparison.Ordinal);
        Assert.Empty(RowIds(page.Body));
    }

    [Fact]
    public async Task JsonListsEveryMatchUnlessAPageIsAskedFor()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await SeedAsync(context, 3);

        var all = await context.GetAsync(List, WorkspaceTestContext.Viewer, Json);
        var paged = await context.GetAsync(List + "?pageSize=2&page=2", WorkspaceTestContext.Viewer, Json);

        using var whole = JsonDocument.Parse(all.Body);
        Assert.Equal(3, whole.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(3, whole.RootElement.GetProperty("commitments").GetArrayLength());
        Assert.False(whole.RootElement.TryGetProperty("page", out _));
        using var part = JsonDocument.Parse(paged.Body);
        var root = part.RootElement;
        Assert.Equal((3, 2, 2, 2), (root.GetProperty("total").GetInt32(), root.GetProperty("page").GetInt32(), root.GetProperty("pageSize").GetInt32(), root.GetProperty("pages").GetInt32()));
        Assert.Equal("item-002", Assert.Single(root.GetProperty("commitments").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task DownloadsKeepTheWholeViewWhateverThePage()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await SeedAsync(context, 3);

        var page = await context.GetAsync(List + "?pageSize=1&page=2", WorkspaceTestContext.Viewer, "text/html");
        var csv = await context.GetAsync(WebUtility.HtmlDecode(CsvLink().Match(page.Body).Groups[1].Value), WorkspaceTestContext.Viewer);

        Assert.Equal(List + "?format=csv", WebUtility.HtmlDecode(CsvLink().Match(page.Body).Groups[1].Value));
        Assert.Equal(4, csv.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task PagePastTheEndSaysSoAndLinksBackToTheLastPage()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await SeedAsync(context, 3);

        var page = await context.GetAsync(List + "?pageSize=2&page=9", WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(200, page.Status);
        Assert.Contains("Page 9 is past the last page (2).", page.Body, StringComparison.Ordinal);
        Assert.Empty(RowIds(page.Body));
        Assert.Equal(List + "?page=2&pageSize=2", Link(page.Body, "prev"));
    }

    private static async Task SeedAsync(WorkspaceTestContext context, int count)
    {
        // Overdue on the test clock (3 May 2027), one day apart, so the default order (due date) is the ids' order.
        var seeds = Enumerable.Range(0, count).Select(i =>
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"item-{i:D3}");
            var commitment = TestCommitments.Bilateral(id, due: new DateOnly(2026, 1, 1).AddDays(i));
            return context.SeedAsync(commitment with { Title = string.Create(CultureInfo.InvariantCulture, $"Plan {i:D3}") });
        });
        await Task.WhenAll(seeds);
    }

    private static List<string> RowIds(string html) =>
        [.. RowLink().Matches(html).Select(m => m.Groups[1].Value)];

    private static string Link(string html, string rel) => LinkOrNull(html, rel) ?? throw new InvalidOperationException($"The page has no rel=\"{rel}\" link.");

    private static string? LinkOrNull(string html, string rel) =>
        Regex.Match(html, $"<a href=\"([^\"]*)\" rel=\"{rel}\">") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<td><a href=\"/api/secretariat/commitments/([^\"]+)\" dir=\"auto\">")]
    private static partial Regex RowLink();

    [GeneratedRegex("<a href=\"([^\"]*)\">CSV</a>")]
    private static partial Regex CsvLink();
}
