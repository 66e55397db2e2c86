using System.Text.Json;
using FollowUp.Core.Configuration;
using FollowUp.Core.Intake;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class IntakePageTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Path = "/api/secretariat/intake";
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task EighthSessionReportShowsEveryDraftWithItsSentenceAndWhatToFill()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var text = IntakeTexts.EighthSession();
        var expected = ((IntakeOutcome.Drafted)Intake().Propose(text, new IntakeRequest("pak-aze-jc8"))).Drafts;

        var page = await PostFormAsync(context, ("commission", "pak-aze-jc8"), ("asOf", ""), ("text", text));

        Assert.Equal(200, page.Status);
        Assert.Equal(expected.Count, CountOf(page.Body, "<section "));
        Assert.All(expected, d =>
        {
            Assert.Contains($"<h2 id=\"d-{d.Id}\" dir=\"auto\">{d.Id}: ", page.Body, StringComparison.Ordinal);
            Assert.Contains(Core.Templates.LiquidHtml.Encoder.Encode(d.Sentence.Text), page.Body, StringComparison.Ordinal);
        });
        Assert.Contains("<li>owners[0].email</li>", page.Body, StringComparison.Ordinal);
        Assert.Contains("Nothing has been stored", page.Body, StringComparison.Ordinal);
        Assert.Empty(await context.Store.QueryAsync(openOnly: false).ToListAsync());
    }

    [Fact]
    public async Task JsonTwinListsEachDraftWithItsRuleAndFieldsToFill()
    {
        await using var context = new WorkspaceTestContext(azurite);

        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json,
            JsonSerializer.Serialize(new { commission = "pak-aze-jc8", text = IntakeTexts.Hostile }));

        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        var draft = Assert.Single(json.RootElement.GetProperty("drafts").EnumerateArray());
        Assert.Equal(("pak-aze-jc8-01", "2027-12-31", "2026-05-20"), (draft.GetProperty("id").GetString(), draft.GetProperty("dueDate").GetString(), json.RootElement.GetProperty("reference").GetString()));
        Assert.Equal(2, draft.GetProperty("sentence").GetProperty("number").GetInt32());
        Assert.Contains("owners[0].ministry", draft.GetProperty("toFill").EnumerateArray().Select(f => f.GetString()));
        Assert.DoesNotContain("<script>", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileTextIsShownAsTextOnTheReviewPage()
    {
        await using var context = new WorkspaceTestContext(azurite);

        var page = await PostFormAsync(context, ("commission", "pak-aze-jc8"), ("text", IntakeTexts.Hostile));

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("<script>", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page.Body, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadThatIsNotUtf8IsRefusedNamingItsLineAndByte()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var antiforgery = await AntiforgeryAsync(context);
        byte[] file = [.. "Line one.\nBoth sides agreed to hold a fair"u8, 0xFF, .. " in 2027.\n"u8];
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(antiforgery.Token), antiforgery.Field },
            { new StringContent("pak-aze-jc8"), "commission" },
            { new ByteArrayContent(file), "file", "outcome.txt" },
        };

        var page = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", multipart.Headers.ContentType!.ToString(),
            cookie: antiforgery.Cookie, rawBody: await multipart.ReadAsByteArrayAsync());

        Assert.Equal(400, page.Status);
        Assert.Contains("file: line 2 is not UTF-8 text (byte 43)", page.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"pak-aze-jc8\"", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedTextFileIsProposedUnderItsName()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var antiforgery = await AntiforgeryAsync(context);
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(antiforgery.Token), antiforgery.Field },
            { new StringContent("pak-aze-jc8"), "commission" },
            { new ByteArrayContent([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(IntakeTexts.Hostile)]), "file", "../jc8-outcome.txt" },
        };

        var page = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", multipart.Headers.ContentType!.ToString(),
            cookie: antiforgery.Cookie, rawBody: await multipart.ReadAsByteArrayAsync());

        Assert.Equal(200, page.Status);
        Assert.Contains("intake of jc8-outcome.txt, sentence 2", page.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pak-aze-jc8", "", "   ", "text", "is empty")]
    [InlineData("pak-aze-jc8", "", "The weather was fine. Tea was served.", "text", "none of its 2 sentences")]
    [InlineData("Pak Aze", "", IntakeTexts.Hostile, "commission", "must be lower-case letters")]
    [InlineData("", "", IntakeTexts.Hostile, "commission", "is required")]
    [InlineData("pak-aze-jc8", "20 May", IntakeTexts.Hostile, "asOf", "is not a date in the form YYYY-MM-DD")]
    public async Task BadInputIsRefusedNamingTheField(string commission, string asOf, string text, string field, string words)
    {
        await using var context = new WorkspaceTestContext(azurite);

        var json = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, JsonSerializer.Serialize(new { commission, asOf, text }));
        var page = await PostFormAsync(context, ("commission", commission), ("asOf", asOf), ("text", text));

        Assert.Equal(400, json.Status);
        Assert.Contains($"\"field\":\"{field}\"", json.Body, StringComparison.Ordinal);
        Assert.Equal(400, page.Status);
        Assert.Contains($"<a href=\"#{field}\">{field}: ", page.Body, StringComparison.Ordinal);
        Assert.Contains(words, page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextOverTheSizeLimitIsAnswered413AndNotRun()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var text = string.Concat(Enumerable.Repeat("Both sides agreed to hold a trade fair in 2027. ", 12_000));

        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, JsonSerializer.Serialize(new { commission = "pak-aze-jc8", text }));

        Assert.Equal(413, response.Status);
        Assert.Contains("\"field\":\"text\"", response.Body, StringComparison.Ordinal);
        Assert.Contains("larger than 512 KiB", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewerCannotOpenOrRunTheIntake()
    {
        await using var context = new WorkspaceTestContext(azurite);

        var page = await context.GetAsync(Path, WorkspaceTestContext.Viewer, "text/html");
        var post = await context.SendAsync("POST", Path, WorkspaceTestContext.Viewer, Json, Json, JsonSerializer.Serialize(new { commission = "pak-aze-jc8", text = IntakeTexts.Hostile }));

        Assert.Equal(403, page.Status);
        Assert.Equal(403, post.Status);
        Assert.DoesNotContain("trade exhibition", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousCannotOpenTheIntake()
    {
        await using var context = new WorkspaceTestContext(azurite);

        Assert.Equal(401, (await context.GetAsync(Path, principal: null, Json)).Status);
        Assert.Equal(401, (await context.SendAsync("POST", Path + "/drafts", principal: null, Json, Json, "{}")).Status);
    }

    [Theory]
    [InlineData("/api/secretariat/intake", null)]
    [InlineData("/api/secretariat/intake", "followup-antiforgery=CfDJ8forgedcookie")]
    [InlineData("/api/secretariat/intake/drafts", null)]
    [InlineData("/api/secretariat/intake/drafts", "followup-antiforgery=CfDJ8forgedcookie")]
    public async Task FormPostWithoutAGenuineAntiforgeryTokenIsRefused(string path, string? cookie)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var token = cookie is null ? "" : "__RequestVerificationToken=CfDJ8forged&";

        var response = await context.SendAsync("POST", path, WorkspaceTestContext.Admin, "text/html", Form,
            token + "commission=pak-aze-jc8&format=json&text=" + Uri.EscapeDataString(IntakeTexts.Hostile), cookie);

        Assert.Equal(400, response.Status);
        Assert.Contains("this form did not come from your workspace page", response.Body, StringComparison.Ordinal);
        Assert.Equal("", response.Header("Content-Disposition"));
    }

    internal static SessionIntake Intake() => new(Microsoft.Extensions.Options.Options.Create(new IntakeOptions()));

    internal static async Task<AntiforgeryForm> AntiforgeryAsync(WorkspaceTestContext context) =>
        AntiforgeryForm.From(await context.GetAsync(Path, WorkspaceTestContext.Admin, "text/html"));

    internal static async Task<WorkspaceResponse> PostFormAsync(WorkspaceTestContext context, params (string Name, string Value)[] fields)
    {
        var antiforgery = await AntiforgeryAsync(context);
        return await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, antiforgery.Body(fields), antiforgery.Cookie);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
