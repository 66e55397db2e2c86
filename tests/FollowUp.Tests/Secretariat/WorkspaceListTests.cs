using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class WorkspaceListTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Json = "application/json";

    [Fact]
    public async Task OverdueFilterListsOnlyWhatIsOverdue()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral("late-one", due: new DateOnly(2027, 4, 1)));
        await context.SeedAsync(TestCommitments.Bilateral("on-time", due: new DateOnly(2027, 9, 1)));

        var response = await context.GetAsync("/api/secretariat/commitments?overdue=true", WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        var row = json.RootElement.GetProperty("commitments")[0];
        Assert.Equal(("late-one", 32), (row.GetProperty("id").GetString(), row.GetProperty("daysOverdue").GetInt32()));
    }

    [Fact]
    public async Task CountryFilterMatchesOwnersCountry()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var pk = TestCommitments.Karachi with { Country = "PK" };
        await context.SeedAsync(TestCommitments.Bilateral("pk-only") with { Owners = [pk] });
        await context.SeedAsync(TestCommitments.Bilateral("no-country"));

        var response = await context.GetAsync("/api/secretariat/commitments?country=pk", WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        var row = Assert.Single(json.RootElement.GetProperty("commitments").EnumerateArray());
        Assert.Equal("PK", row.GetProperty("owners")[0].GetProperty("country").GetString());
    }

    [Fact]
    public async Task UnreadableFilterIsNamedWithTheReason()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.GetAsync("/api/secretariat/commitments?status=Lost", WorkspaceTestContext.Viewer, Json);

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"status\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileTitleIsEncodedOnTheListAndThePage()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral() with { Title = "<script>alert(1)</script> & co" });

        foreach (var path in new[] { "/api/secretariat/commitments", "/api/secretariat/commitments/pta-implementation-plan" })
        {
            var page = await context.GetAsync(path, WorkspaceTestContext.Viewer, "text/html");
            Assert.DoesNotContain("<script>", page.Body, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", page.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CsvDownloadEscapesFormulaCells()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral() with { Title = "=HYPERLINK(\"http://evil\")" });

        var csv = await context.GetAsync("/api/secretariat/commitments?format=csv", WorkspaceTestContext.Viewer);

        Assert.StartsWith("text/csv", csv.ContentType, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", csv.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxDownloadIsAValidWorkbook()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral() with { Title = "Ümumi plan – مشترکہ منصوبہ" });

        var xlsx = await context.GetAsync("/api/secretariat/commitments?format=xlsx", WorkspaceTestContext.Viewer);

        using var stream = new MemoryStream(xlsx.Bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("Ümumi plan", document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverviewCountsLinkToTheFilteredList()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral("late-13", due: new DateOnly(2027, 4, 20)));
        await context.SeedAsync(TestCommitments.Bilateral("late-63", due: new DateOnly(2027, 3, 1)));
        await context.SeedAsync(TestCommitments.Bilateral("late-122", due: new DateOnly(2027, 1, 1)));

        var response = await context.GetAsync("/api/secretariat", WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        var listed = new List<(int Count, string? Id)>();
        foreach (var band in json.RootElement.GetProperty("overdueByAge").EnumerateArray())
        {
            var list = await context.GetAsync(band.GetProperty("url").GetString()!, WorkspaceTestContext.Viewer, Json);
            using var rows = JsonDocument.Parse(list.Body);
            Assert.Equal(band.GetProperty("count").GetInt32(), rows.RootElement.GetProperty("total").GetInt32());
            listed.Add((band.GetProperty("count").GetInt32(), rows.RootElement.GetProperty("commitments")[0].GetProperty("id").GetString()));
        }

        Assert.Equal([(1, "late-13"), (1, "late-63"), (1, "late-122")], listed);
    }
}
