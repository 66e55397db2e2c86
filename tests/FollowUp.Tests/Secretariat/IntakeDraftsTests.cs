using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowUp.Core.Intake;
using FollowUp.Tests.Cli;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

/// <summary>The review page's download: the same text run again, in the import format, which the real importer reads.</summary>
public sealed partial class IntakeDraftsTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("followup-intake-web-").FullName;

    [Fact]
    public async Task ReviewPageDownloadsTheUseCasesOwnJsonDrafts()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var text = IntakeTexts.EighthSession();

        var download = await DownloadFromReviewAsync(context, text, "json");

        Assert.Equal(200, download.Status);
        Assert.Equal("attachment; filename=\"pak-aze-jc8-drafts.json\"", download.Header("Content-Disposition"));
        using var expected = new MemoryStream();
        await DraftJson.WriteAsync(expected, ((IntakeOutcome.Drafted)IntakePageTests.Intake().Propose(text, new IntakeRequest("pak-aze-jc8"))).Drafts);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()) + "\n", download.Body);
    }

    [Fact]
    public async Task DownloadedDraftsAreRefusedByImportUntilOwnersAreFilledThenImported()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var drafts = JsonNode.Parse((await DownloadFromReviewAsync(context, IntakeTexts.EighthSession(), "json")).Body)!.AsArray();
        var empty = Path.Combine(_folder, "drafts.json");
        await File.WriteAllTextAsync(empty, drafts.ToJsonString());

        var refused = await CliRun.RunAsync(context.Tables.Settings, "import", empty);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("(id 'pak-aze-jc8-01'): owners[0].email: is required", refused.Error + refused.Output, StringComparison.Ordinal);
        foreach (var owner in drafts.SelectMany(d => d!["owners"]!.AsArray()))
        {
            var pakistan = (string?)owner!["timeZone"] == "Asia/Karachi";
            owner["ministry"] = pakistan ? "Ministry of Commerce" : "Ministry of Economy";
            owner["email"] = pakistan ? "commerce.pk@example.org" : "economy.az@example.org";
            owner["timeZone"] = (string?)owner["timeZone"] is { Length: > 0 } zone ? zone : "Asia/Karachi";
        }

        foreach (var draft in drafts.Where(d => (string?)d!["dueDate"] == ""))
        {
            draft!["dueDate"] = "2027-12-31";
        }

        var filled = Path.Combine(_folder, "filled.json");
        await File.WriteAllTextAsync(filled, drafts.ToJsonString());
        var imported = await CliRun.RunAsync(context.Tables.Settings, "import", filled);

        Assert.True(imported.ExitCode == 0, imported.Error + imported.Output);
        Assert.Equal(drafts.Count, (await context.Store.QueryAsync(openOnly: false).ToListAsync()).Count);
    }

    [Fact]
    public async Task CsvDownloadIsRefusedByImportNamingWhatIsMissing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var download = await DownloadFromReviewAsync(context, IntakeTexts.Hostile, "csv");
        var file = Path.Combine(_folder, "drafts.csv");
        await File.WriteAllBytesAsync(file, download.Bytes);

        var refused = await CliRun.RunAsync(context.Tables.Settings, "import", file);

        Assert.Equal("attachment; filename=\"pak-aze-jc8-drafts.csv\"", download.Header("Content-Disposition"));
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("owners[0].ministry: is required", refused.Error + refused.Output, StringComparison.Ordinal);
        Assert.Empty(await context.Store.QueryAsync(openOnly: false).ToListAsync());
    }

    [Fact]
    public async Task UnknownDownloadFormatIsRefusedNamingIt()
    {
        await using var context = new WorkspaceTestContext(azurite);

        var response = await DownloadFromReviewAsync(context, IntakeTexts.Hostile, "xml");

        Assert.Equal(400, response.Status);
        Assert.Contains("format: &#x27;xml&#x27; must be json or csv", response.Body, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Runs the intake, then posts the review page's own hidden fields back, as its download button does.</summary>
    private static async Task<WorkspaceResponse> DownloadFromReviewAsync(WorkspaceTestContext context, string text, string format)
    {
        var antiforgery = await IntakePageTests.AntiforgeryAsync(context);
        var review = await context.SendAsync("POST", "/api/secretariat/intake", WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded",
            antiforgery.Body(("commission", "pak-aze-jc8"), ("text", text)), antiforgery.Cookie);
        Assert.Equal(200, review.Status);
        var fields = Hidden().Matches(review.Body).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))).Append(("format", format));
        var body = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Item1) + "=" + Uri.EscapeDataString(f.Item2)));
        return await context.SendAsync("POST", "/api/secretariat/intake/drafts", WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded", body, antiforgery.Cookie);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex Hidden();
}
