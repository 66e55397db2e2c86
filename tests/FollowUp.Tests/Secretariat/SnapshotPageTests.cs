using System.Text.Json;
using FollowUp.Core.Snapshots;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class SnapshotPageTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Path = "/api/secretariat/snapshots";
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task AdminCreatesASnapshotByFormAndIsSentBackToTheList()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());
        var antiforgery = AntiforgeryForm.From(await context.GetAsync(Path, WorkspaceTestContext.Admin, "text/html"));

        var created = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, antiforgery.Body(("name", "jc9-baku"), ("asOf", "")), antiforgery.Cookie);

        Assert.Equal(303, created.Status);
        Assert.Equal(Path + "?created=jc9-baku", created.Header("Location"));
        var page = await context.GetAsync(created.Header("Location"), WorkspaceTestContext.Admin, "text/html");
        Assert.Contains("Snapshot jc9-baku was created", page.Body, StringComparison.Ordinal);
        Assert.Contains("1 commitments as of 3 May 2027, 09:00 UTC", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewerSeesTheSnapshotsAndTheirJsonButNoCreateForm()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());
        Assert.Equal(201, (await CreateAsync(context, "jc8-dec")).Status);

        var page = await context.GetAsync(Path, WorkspaceTestContext.Viewer, "text/html");
        var json = await context.GetAsync(Path, WorkspaceTestContext.Viewer, Json);

        Assert.Equal(200, page.Status);
        Assert.Contains("<td>jc8-dec</td>", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Create the snapshot", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", page.Body, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Body);
        var listed = Assert.Single(document.RootElement.GetProperty("snapshots").EnumerateArray());
        Assert.Equal(("jc8-dec", 1, "2027-05-03T09:00:00Z"), (listed.GetProperty("name").GetString(), listed.GetProperty("commitments").GetInt32(), listed.GetProperty("asOf").GetString()));
    }

    [Fact]
    public async Task AnonymousCannotSeeTheSnapshots()
    {
        await using var context = new WorkspaceTestContext(azurite);

        Assert.Equal(401, (await context.GetAsync(Path, principal: null, Json)).Status);
    }

    [Fact]
    public async Task ViewerCannotCreateASnapshot()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Viewer, Json, Json, """{ "name": "jc8-dec" }""");

        Assert.Equal(403, response.Status);
        Assert.Empty(await ListedAsync(context));
    }

    [Fact]
    public async Task NameThatExistsIsRefusedAndTheSnapshotIsLeftAsItWas()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        Assert.Equal(201, (await CreateAsync(context, "jc8-dec")).Status);
        var before = Assert.Single(await ListedAsync(context));
        await context.Store.UpsertAsync(seeded with { Progress = 80 });
        context.Time.Advance(TimeSpan.FromHours(1));

        var again = await CreateAsync(context, "jc8-dec");

        Assert.Equal(409, again.Status);
        Assert.Contains("\"field\":\"name\"", again.Body, StringComparison.Ordinal);
        Assert.Contains("snapshots are never changed, so nothing was written", again.Body, StringComparison.Ordinal);
        Assert.Equal(before, Assert.Single(await ListedAsync(context)));
    }

    [Fact]
    public async Task NameThatExistsIsRefusedOnThePageWithWhatWasTypedKept()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());
        Assert.Equal(201, (await CreateAsync(context, "jc8-dec")).Status);
        var antiforgery = AntiforgeryForm.From(await context.GetAsync(Path, WorkspaceTestContext.Admin, "text/html"));

        var page = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, antiforgery.Body(("name", "jc8-dec"), ("asOf", "2027-05-01T00:00:00Z")), antiforgery.Cookie);

        Assert.Equal(409, page.Status);
        Assert.Contains("<a href=\"#name\">name: A snapshot named jc8-dec exists", page.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"2027-05-01T00:00:00Z\"", page.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "JC9 Baku" }""", "name")]
    [InlineData("""{ "name": "" }""", "name")]
    [InlineData("""{ "name": "jc9", "asOf": "next Tuesday" }""", "asOf")]
    [InlineData("""{ "name": "jc9", "asOf": "2027-05-04T09:00:00Z" }""", "asOf")]
    public async Task BadNameOrAsOfIsRefusedNamingTheFieldAndWritesNothing(string body, string field)
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, body);

        Assert.Equal(400, response.Status);
        Assert.Contains($"\"field\":\"{field}\"", response.Body, StringComparison.Ordinal);
        Assert.Empty(await ListedAsync(context));
    }

    [Fact]
    public async Task SnapshotAsOfAnEarlierInstantIsReplayedFromTheHistory()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, """{ "name": "jc8-apr", "asOf": "2027-04-30T12:00:00Z" }""");

        Assert.Equal(201, response.Status);
        using var document = JsonDocument.Parse(response.Body);
        Assert.Equal("2027-04-30T12:00:00Z", document.RootElement.GetProperty("asOf").GetString());
        Assert.True(document.RootElement.GetProperty("reconstructed").GetBoolean());
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryTokenCreatesNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, "name=jc8-dec");

        Assert.Equal(400, response.Status);
        Assert.Empty(await ListedAsync(context));
    }

    [Fact]
    public async Task FormPostWithForgedAntiforgeryTokenCreatesNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.SendAsync(
            "POST", Path, WorkspaceTestContext.Admin, "text/html", Form, "__RequestVerificationToken=CfDJ8forged&name=jc8-dec", cookie: "followup-antiforgery=CfDJ8forgedcookie");

        Assert.Equal(400, response.Status);
        Assert.Empty(await ListedAsync(context));
    }

    internal static Task<WorkspaceResponse> CreateAsync(WorkspaceTestContext context, string name) =>
        context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, JsonSerializer.Serialize(new { name }));

    private static async Task<IReadOnlyList<SnapshotHeader>> ListedAsync(WorkspaceTestContext context)
    {
        var response = await context.GetAsync(Path, WorkspaceTestContext.Admin, Json);
        using var document = JsonDocument.Parse(response.Body);
        return [.. document.RootElement.GetProperty("snapshots").EnumerateArray().Select(s => new SnapshotHeader(
            s.GetProperty("name").GetString()!, s.GetProperty("asOf").GetDateTimeOffset(), s.GetProperty("createdAt").GetDateTimeOffset(),
            s.GetProperty("commitments").GetInt32(), s.GetProperty("dataSha256").GetString()!, s.GetProperty("reconstructed").GetBoolean()))];
    }
}
