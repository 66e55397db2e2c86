using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class WorkspaceEditTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Path = "/api/secretariat/commitments/pta-implementation-plan/edit";
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task AdminMovesTheDueDateWithAReasonAndTheHistoryRecordsIt()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, due: "2027-09-30", reason: "The ninth session moved the deadline"));

        Assert.Equal(200, response.Status);
        Assert.Equal(new DateOnly(2027, 9, 30), (await context.Store.GetAsync(seeded.Id))!.DueDate);
        var line = Assert.Single(await context.Store.GetHistoryAsync(seeded.Id, 10));
        Assert.Equal(
            ("amina@secretariat.example.org", ProgressSource.Secretariat, "The ninth session moved the deadline", new DateOnly(2027, 3, 31), new DateOnly(2027, 9, 30)),
            (line.By, line.Source, line.Reason, line.OldDueDate, line.NewDueDate));
        Assert.Equal("Edited due date 2027-03-31 → 2027-09-30", line.Note);
    }

    [Fact]
    public async Task MovingTheDueDateWithoutAReasonIsRefusedNamingTheReason()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, due: "2027-09-30", reason: " "));

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"reason\"", response.Body, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 3, 31), (await context.Store.GetAsync(seeded.Id))!.DueDate);
    }

    [Fact]
    public async Task RetitlingNeedsNoReasonAndNamesTheChangeInTheHistory()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, title: "Sign the PTA plan"));

        Assert.Equal(200, response.Status);
        var line = Assert.Single(await context.Store.GetHistoryAsync(seeded.Id, 10));
        Assert.Equal(("Edited title 'Agree a joint plan for the Preferential Trade Agreement' → 'Sign the PTA plan'", null), (line.Note, line.Reason));
    }

    [Fact]
    public async Task EditIsCheckedByTheImportRulesAndEachErrorNamesItsField()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var owners = new[] { new { ministry = "Ministry of Commerce", email = "not-an-address", timeZone = "Mars/Olympus", role = "chair", country = "pak" } };
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, due: "31/03/2027", owners: owners));

        Assert.Equal(400, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        var fields = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "dueDate", "owners[0].email", "owners[0].timeZone", "owners[0].role", "owners[0].country" }, fields);
        Assert.Empty(await context.Store.GetHistoryAsync(seeded.Id, 10));
    }

    [Fact]
    public async Task OwnersCannotBeLeftEmpty()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, title: "Sign the PTA plan", owners: Array.Empty<object>()));

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"owners\"", response.Body, StringComparison.Ordinal);
        Assert.Equal(2, (await context.Store.GetAsync(seeded.Id))!.Owners.Count);
    }

    [Fact]
    public async Task StaleFormEditShowsTheStoredValuesAndKeepsTheUnsavedInput()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var (cookie, token) = await WorkspaceForms.TokensAsync(context, Path);
        await context.Store.UpsertAsync(seeded with { Title = "Retitled by a colleague" });
        var form = WorkspaceForms.Encode(
            ("__RequestVerificationToken", token), ("version", seeded.Version!), ("title", "My unsaved title"), ("dueDate", "2027-03-31"),
            ("owners[0].ministry", "Ministry of Commerce"), ("owners[0].email", "commerce.pk@example.org"), ("owners[0].timeZone", "Asia/Karachi"));
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, form, cookie);

        Assert.Equal(409, response.Status);
        Assert.Contains("Retitled by a colleague", response.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"My unsaved title\"", response.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"" + Core.Templates.LiquidHtml.Encoder.Encode((await context.Store.GetAsync(seeded.Id))!.Version!) + "\"", response.Body, StringComparison.Ordinal);
        Assert.Equal("Retitled by a colleague", (await context.Store.GetAsync(seeded.Id))!.Title);
    }

    [Fact]
    public async Task FormEditWithATokenIsSavedAndRedirectsToTheCommitment()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var (cookie, token) = await WorkspaceForms.TokensAsync(context, Path);
        var form = WorkspaceForms.Encode(
            ("__RequestVerificationToken", token), ("version", seeded.Version!), ("title", seeded.Title), ("dueDate", "2027-03-31"), ("escalationEmail", "minister.pk@example.org"),
            ("owners[0].ministry", "Ministry of Commerce"), ("owners[0].email", "commerce.pk@example.org"), ("owners[0].timeZone", "Asia/Karachi"), ("owners[0].role", "lead"),
            ("owners[1].ministry", ""), ("owners[1].email", ""), ("owners[1].timeZone", ""));
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, form, cookie);

        Assert.Equal(303, response.Status);
        var stored = (await context.Store.GetAsync(seeded.Id))!;
        Assert.Equal(("minister.pk@example.org", 1), (stored.EscalationEmail, stored.Owners.Count));
        Assert.Contains("removed economy.az@example.org", Assert.Single(await context.Store.GetHistoryAsync(seeded.Id, 10)).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileTitleIsEncodedOnTheEditForm()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral() with { Title = "<script>alert(1)</script>\" onfocus=\"x" });
        var page = await context.GetAsync(Path, WorkspaceTestContext.Admin, accept: "text/html");

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("<script>alert", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\" onfocus=\"x", page.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task ViewerCannotEdit(string method)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync(method, Path, WorkspaceTestContext.Viewer, Json, method == "POST" ? Json : null, method == "POST" ? Body(seeded.Version!, title: "Hijacked") : null);

        Assert.Equal(403, response.Status);
        Assert.Equal(seeded.Title, (await context.Store.GetAsync(seeded.Id))!.Title);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task AnonymousCannotEdit(string method)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync(method, Path, null, Json, method == "POST" ? Json : null, method == "POST" ? Body(seeded.Version!, title: "Hijacked") : null);

        Assert.Equal(401, response.Status);
        Assert.Equal(seeded.Title, (await context.Store.GetAsync(seeded.Id))!.Title);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("CfDJ8forged", "followup-antiforgery=CfDJ8forgedcookie")]
    public async Task FormEditWithoutAValidTokenChangesNothing(string? token, string? cookie)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var fields = new List<(string, string)> { ("version", seeded.Version!), ("title", "Hijacked"), ("dueDate", "2027-03-31") };
        if (token is not null)
        {
            fields.Add(("__RequestVerificationToken", token));
        }

        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, WorkspaceForms.Encode([.. fields]), cookie);

        Assert.Equal(400, response.Status);
        Assert.Equal(seeded.Title, (await context.Store.GetAsync(seeded.Id))!.Title);
    }

    private static string Body(string version, string? title = null, string? due = null, string? reason = null, object? owners = null) =>
        JsonSerializer.Serialize(new
        {
            version,
            title = title ?? "Agree a joint plan for the Preferential Trade Agreement",
            dueDate = due ?? "2027-03-31",
            reason,
            owners = owners ?? new[]
            {
                new { ministry = "Ministry of Commerce", email = "commerce.pk@example.org", timeZone = "Asia/Karachi", role = "lead" },
                new { ministry = "Ministry of Economy", email = "economy.az@example.org", timeZone = "Asia/Baku", role = "counterpart" },
            },
        });
}
