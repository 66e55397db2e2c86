using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class WorkspaceAddTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Path = "/api/secretariat/add";
    private const string Json = "application/json";

    [Fact]
    public async Task AdminAddsACommitmentWithAHistoryLineNamingThem()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("visa-facilitation", reason: "Agreed at the ninth session"));

        Assert.Equal(201, response.Status);
        var stored = (await context.Store.GetAsync("visa-facilitation"))!;
        Assert.Equal((CommitmentStatus.NotStarted, 2, WorkspaceTestContext.Start), (stored.Status, stored.Owners.Count, stored.CreatedAt));
        var line = Assert.Single(await context.Store.GetHistoryAsync("visa-facilitation", 10));
        Assert.Equal(("amina@secretariat.example.org", ProgressSource.Secretariat, "Agreed at the ninth session"), (line.By, line.Source, line.Reason));
    }

    [Fact]
    public async Task AddingAnIdThatExistsIsRefusedAndLeavesTheCommitmentAsItIs()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Id, title: "Overwritten"));

        Assert.Equal(409, response.Status);
        Assert.Contains("\"field\":\"id\"", response.Body, StringComparison.Ordinal);
        var stored = (await context.Store.GetAsync(seeded.Id))!;
        Assert.Equal((seeded.Title, seeded.Version), (stored.Title, stored.Version));
    }

    [Fact]
    public async Task AddIsCheckedByTheImportRulesAndEachErrorNamesItsField()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("Not A Slug", due: "next week", timeZone: "Karachi"));

        Assert.Equal(400, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        var fields = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "id", "dueDate", "owners[0].timeZone" }, fields);
    }

    [Fact]
    public async Task FormAddWithATokenCreatesTheCommitmentAndRedirectsToIt()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var (cookie, token) = await WorkspaceForms.TokensAsync(context, Path);
        var form = WorkspaceForms.Encode(
            ("__RequestVerificationToken", token), ("id", "visa-facilitation"), ("commission", "pak-aze-jc8"), ("sector", "travel"), ("title", "Ease business visas"),
            ("dueDate", "2027-12-31"), ("owners[0].ministry", "Ministry of Interior"), ("owners[0].email", "interior.pk@example.org"), ("owners[0].timeZone", "Asia/Karachi"),
            ("owners[1].ministry", ""), ("owners[1].email", ""), ("owners[1].timeZone", ""));
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded", form, cookie);

        Assert.Equal(303, response.Status);
        Assert.Equal("/api/secretariat/commitments/visa-facilitation?done=1", response.Header("Location"));
        Assert.Equal(OwnerRole.Lead, Assert.Single((await context.Store.GetAsync("visa-facilitation"))!.Owners).Role);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task ViewerCannotAdd(string method)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.SendAsync(method, Path, WorkspaceTestContext.Viewer, Json, method == "POST" ? Json : null, method == "POST" ? Body("visa-facilitation") : null);

        Assert.Equal(403, response.Status);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
    }

    [Fact]
    public async Task AnonymousCannotAdd()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.SendAsync("POST", Path, null, Json, Json, Body("visa-facilitation"));

        Assert.Equal(401, response.Status);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
    }

    [Fact]
    public async Task FormAddWithoutATokenAddsNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var form = WorkspaceForms.Encode(("id", "visa-facilitation"), ("commission", "pak-aze-jc8"), ("sector", "travel"), ("title", "Ease business visas"), ("dueDate", "2027-12-31"));
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded", form);

        Assert.Equal(400, response.Status);
        Assert.Null(await context.Store.GetAsync("visa-facilitation"));
    }

    private static string Body(string id, string title = "Ease business visas", string due = "2027-12-31", string timeZone = "Asia/Karachi", string? reason = null) =>
        JsonSerializer.Serialize(new
        {
            id,
            commission = "pak-aze-jc8",
            sector = "travel",
            title,
            dueDate = due,
            reason,
            owners = new[]
            {
                new { ministry = "Ministry of Interior", email = "interior.pk@example.org", timeZone, role = "lead" },
                new { ministry = "Ministry of Internal Affairs", email = "interior.az@example.org", timeZone = "Asia/Baku", role = "counterpart" },
            },
        });
}
