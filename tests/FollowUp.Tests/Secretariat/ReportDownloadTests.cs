using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

/// <summary>The report download: each format opened by a reader FollowUp did not write, and every bad parameter named.</summary>
public sealed class ReportDownloadTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Path = "/api/secretariat/report";
    private const string Json = "application/json";

    [Fact]
    public async Task XlsxDownloadPassesTheOpenXmlValidator()
    {
        await using var context = await SeededAsync();

        var response = await context.GetAsync(Path + "?snapshot=jc8-dec&format=xlsx", WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.ContentType);
        Assert.Equal("attachment; filename=followup-report-jc8-dec-20270503T0900Z.xlsx", response.Header("Content-Disposition"));
        using var document = SpreadsheetDocument.Open(new MemoryStream(response.Bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task DocxDownloadPassesTheOpenXmlValidatorAndNamesTheCommitment()
    {
        await using var context = await SeededAsync();

        var response = await context.GetAsync(Path + "?snapshot=jc8-dec&format=docx", WorkspaceTestContext.Admin, "text/html");

        Assert.Equal(200, response.Status);
        Assert.Equal("attachment; filename=followup-report-jc8-dec-20270503T0900Z.docx", response.Header("Content-Disposition"));
        using var document = WordprocessingDocument.Open(new MemoryStream(response.Bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains(TestCommitments.Bilateral().Title, document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvDownloadReadsBackOneRowPerCommitment()
    {
        await using var context = await SeededAsync();

        var response = await context.GetAsync(Path + "?format=csv", WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.ContentType, StringComparison.Ordinal);
        Assert.Equal("attachment; filename=followup-report-live-20270503T0900Z.csv", response.Header("Content-Disposition"));
        await using var csv = CsvReader.Create(new MemoryStream(response.Bytes), new CsvReaderOptions { HasHeader = true, MalformedData = CsvMalformedDataHandling.Throw });
        var ids = new List<string?>();
        var id = Array.IndexOf(csv.Headers!.ToArray(), "id");
        while (await csv.ReadAsync())
        {
            ids.Add(csv.GetStringOrNull(id));
        }

        Assert.Equal([TestCommitments.Bilateral().Id], ids);
    }

    [Fact]
    public async Task HtmlDownloadIsTheSameReportAsTheCli()
    {
        await using var context = await SeededAsync();

        var response = await context.GetAsync(Path + "?snapshot=jc8-dec&format=html&groupBy=country", WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/html", response.ContentType, StringComparison.Ordinal);
        Assert.Equal("attachment; filename=followup-report-jc8-dec-20270503T0900Z.html", response.Header("Content-Disposition"));
        Assert.Contains("jc8-dec", response.Body, StringComparison.Ordinal);
        Assert.Contains(TestCommitments.Bilateral().Title, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadAnswersWithTheHeadersAndNoBody()
    {
        await using var context = await SeededAsync();

        var response = await context.SendAsync("HEAD", Path + "?format=docx", WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(200, response.Status);
        Assert.EndsWith(".docx", response.Header("Content-Disposition"), StringComparison.Ordinal);
        Assert.Empty(response.Bytes);
    }

    [Theory]
    [InlineData("", "format")]
    [InlineData("?format=pdf", "format")]
    [InlineData("?format=1", "format")]
    [InlineData("?format=html&snapshot=JC8%20Dec", "snapshot")]
    [InlineData("?format=html&since=..%2Fx", "since")]
    [InlineData("?format=html&groupBy=ministry", "groupBy")]
    [InlineData("?format=html&silentAfter=0", "silentAfter")]
    public async Task BadParameterIsAnswered400NamingIt(string query, string parameter)
    {
        await using var context = await SeededAsync();

        var json = await context.GetAsync(Path + query, WorkspaceTestContext.Viewer, Json);
        var page = await context.GetAsync(Path + query, WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(400, json.Status);
        Assert.Contains($"\"field\":\"{parameter}\"", json.Body, StringComparison.Ordinal);
        Assert.Equal(400, page.Status);
        Assert.Contains($"<li>{parameter}: ", page.Body, StringComparison.Ordinal);
        Assert.Equal("", page.Header("Content-Disposition"));
    }

    [Theory]
    [InlineData("?format=html&snapshot=jc7-none", "snapshot")]
    [InlineData("?format=html&since=jc7-none", "since")]
    public async Task UnknownSnapshotIsAnswered404NamingIt(string query, string parameter)
    {
        await using var context = await SeededAsync();

        var page = await context.GetAsync(Path + query, WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(404, page.Status);
        Assert.Contains($"<li>{parameter}: there is no snapshot named jc7-none</li>", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SinceThatIsNotEarlierIsRefused()
    {
        await using var context = await SeededAsync();

        var response = await context.GetAsync(Path + "?format=csv&snapshot=jc8-dec&since=jc8-dec", WorkspaceTestContext.Viewer, Json);

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"since\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousCannotDownloadTheReport()
    {
        await using var context = await SeededAsync();

        var response = await context.GetAsync(Path + "?format=csv", principal: null, Json);

        Assert.Equal(401, response.Status);
        Assert.Equal("", response.Header("Content-Disposition"));
    }

    private async Task<WorkspaceTestContext> SeededAsync()
    {
        var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());
        Assert.Equal(201, (await SnapshotPageTests.CreateAsync(context, "jc8-dec")).Status);
        return context;
    }
}
