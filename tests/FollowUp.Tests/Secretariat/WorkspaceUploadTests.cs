using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed partial class WorkspaceUploadTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Path = "/api/secretariat/import";
    private const string Json = "application/json";
    private const string Header = "id,commission,title,sector,dueDate,status,owner1.ministry,owner1.email,owner1.timeZone";

    private static readonly string File = string.Join("\n",
        Header,
        "pta-implementation-plan,pak-aze-jc8,Agree a joint plan for the Preferential Trade Agreement,trade,2027-06-30,,Ministry of Commerce,commerce.pk@example.org,Asia/Karachi",
        "visa-facilitation,pak-aze-jc8,Ease business visas,travel,2027-12-31,,Ministry of Interior,interior.pk@example.org,Asia/Karachi",
        "energy-study,pak-aze-jc8,Study a power link,energy,2027-09-30,Cancelled,Ministry of Energy,energy.pk@example.org,Asia/Karachi") + "\n";

    [Fact]
    public async Task PreviewShowsEachChangeFieldByFieldAndWritesNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        await context.SeedAsync(TestCommitments.Bilateral("energy-study") with { Title = "Study a power link", Sector = "energy", DueDate = new DateOnly(2027, 9, 30), Owners = [TestCommitments.Karachi with { Ministry = "Ministry of Energy", Email = "energy.pk@example.org" }] });
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, JsonBody(File));

        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.Clone());
        Assert.Equal("changed", rows["pta-implementation-plan"].GetProperty("change").GetString());
        var fields = rows["pta-implementation-plan"].GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("field").GetString(), f.GetProperty("before").GetString(), f.GetProperty("after").GetString())).ToList();
        Assert.Contains(("dueDate", "2027-03-31", "2027-06-30"), fields);
        Assert.Contains(("owners[1]", "Ministry of Economy <economy.az@example.org>, Asia/Baku, counterpart", null), fields);
        Assert.Equal("new", rows["visa-facilitation"].GetProperty("change").GetString());
        Assert.Contains(rows["energy-study"].GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "status" && f.GetProperty("after").GetString() == "Cancelled");
        Assert.Equal(seeded.Version, (await context.Store.GetAsync(seeded.Id))!.Version);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
    }

    [Fact]
    public async Task UploadedFilePreviewedThenAppliedWritesWhatThePreviewShowed()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());
        var (cookie, token) = await WorkspaceForms.TokensAsync(context, Path);
        var boundary = "----followup-test";
        var multipart = $"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"jc9.csv\"\r\nContent-Type: text/csv\r\n\r\n{File}\r\n--{boundary}--\r\n";
        var preview = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", "multipart/form-data; boundary=" + boundary, multipart, cookie);

        Assert.Equal(200, preview.Status);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
        var apply = WorkspaceForms.Encode([.. HiddenPattern().Matches(preview.Body).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))]);
        var applied = await context.SendAsync("POST", Path + "/apply", WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded", apply, cookie);

        Assert.Equal(200, applied.Status);
        Assert.Equal(new DateOnly(2027, 6, 30), (await context.Store.GetAsync("pta-implementation-plan"))!.DueDate);
        Assert.Equal(CommitmentStatus.Cancelled, (await context.Store.GetAsync("energy-study"))!.Status);
        Assert.NotNull(await context.Store.GetAsync("visa-facilitation"));
    }

    [Fact]
    public async Task ApplyAfterACommitmentChangedIsRefusedWithAFreshPreview()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var preview = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, JsonBody(File));
        var binding = JsonDocument.Parse(preview.Body).RootElement.GetProperty("binding").GetString()!;
        await context.Store.UpsertAsync(seeded with { Title = "Retitled since the preview" });
        var response = await context.SendAsync("POST", Path + "/apply", WorkspaceTestContext.Admin, Json, Json, JsonBody(File, binding));

        Assert.Equal(409, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        Assert.NotEqual(binding, json.RootElement.GetProperty("binding").GetString());
        Assert.Equal("Retitled since the preview", (await context.Store.GetAsync(seeded.Id))!.Title);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
    }

    [Fact]
    public async Task ApplyOfAFileOtherThanThePreviewedOneIsRefused()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var preview = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, JsonBody(File));
        var binding = JsonDocument.Parse(preview.Body).RootElement.GetProperty("binding").GetString()!;
        var response = await context.SendAsync("POST", Path + "/apply", WorkspaceTestContext.Admin, Json, Json, JsonBody(File.Replace("Ease business visas", "Something else", StringComparison.Ordinal), binding));

        Assert.Equal(409, response.Status);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
    }

    [Fact]
    public async Task BadFileNamesEachRowAndFieldAndWritesNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var bad = File.Replace("2027-12-31", "31/12/2027", StringComparison.Ordinal).Replace("Asia/Karachi\n", "Karachi\n", StringComparison.Ordinal);
        var response = await context.SendAsync("POST", Path + "/apply", WorkspaceTestContext.Admin, Json, Json, JsonBody(bad, "any"));

        Assert.Equal(400, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("location").GetString(), e.GetProperty("field").GetString())).ToList();
        Assert.Contains(("line 3", "dueDate"), errors);
        Assert.Contains(("line 4", "owners[0].timeZone"), errors);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
    }

    [Fact]
    public async Task FileOverTheSizeLimitIsRefusedWithItsLimit()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, JsonBody(Header + "\n" + new string('x', 2 * 1024 * 1024)));

        Assert.Equal(413, response.Status);
        Assert.Contains("at most 2 MiB", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/secretariat/import")]
    [InlineData("/api/secretariat/import/apply")]
    public async Task ViewerCannotImport(string path)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.SendAsync("POST", path, WorkspaceTestContext.Viewer, Json, Json, JsonBody(File, "any"));

        Assert.Equal(403, response.Status);
        Assert.Equal(403, (await context.GetAsync(Path, WorkspaceTestContext.Viewer, "text/html")).Status);
    }

    [Theory]
    [InlineData("/api/secretariat/import")]
    [InlineData("/api/secretariat/import/apply")]
    public async Task AnonymousCannotImport(string path)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.SendAsync("POST", path, null, Json, Json, JsonBody(File, "any"));

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task ApplyFormWithoutATokenWritesNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var form = WorkspaceForms.Encode(("content", Convert.ToBase64String(Encoding.UTF8.GetBytes(File))), ("format", "csv"), ("binding", "any"));
        var response = await context.SendAsync("POST", Path + "/apply", WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded", form);

        Assert.Equal(400, response.Status);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
    }

    private static string JsonBody(string content, string? binding = null) => JsonSerializer.Serialize(new { format = "csv", content, binding });

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenPattern();
}
