using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

/// <summary>
/// Every workspace POST takes a form with a valid antiforgery token, or JSON only as
/// <c>application/json</c>, which a cross-site page cannot send without a CORS preflight.
/// </summary>
public sealed class WorkspaceBodyTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    public static TheoryData<string> Posts =>
    [
        "/api/secretariat/commitments/pta-implementation-plan/status",
        "/api/secretariat/commitments/pta-implementation-plan/edit",
        "/api/secretariat/add",
        "/api/secretariat/import",
        "/api/secretariat/import/apply",
    ];

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task JsonBodySentAsTextPlainIsRefused(string path)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", path, WorkspaceTestContext.Admin, "application/json", "text/plain", Body(seeded.Version!));

        Assert.Equal(415, response.Status);
        Assert.Equal(seeded.Version, (await context.Store.GetAsync(seeded.Id))!.Version);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task JsonBodyWithoutAContentTypeIsRefused(string path)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", path, WorkspaceTestContext.Admin, "application/json", null, Body(seeded.Version!));

        Assert.Equal(415, response.Status);
        Assert.Equal(seeded.Version, (await context.Store.GetAsync(seeded.Id))!.Version);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task FormWithoutAnAntiforgeryTokenIsRefused(string path)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var form = WorkspaceForms.Encode(("version", seeded.Version!), ("action", "cancel"), ("reason", "x"), ("title", "Hijacked"), ("dueDate", "2027-03-31"));
        var response = await context.SendAsync("POST", path, WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded", form);

        Assert.Equal(400, response.Status);
        Assert.Equal(seeded.Version, (await context.Store.GetAsync(seeded.Id))!.Version);
    }

    private static string Body(string version) =>
        System.Text.Json.JsonSerializer.Serialize(new { version, action = "cancel", reason = "Superseded", title = "Hijacked", dueDate = "2027-03-31", format = "csv", content = "id\n", binding = "x" });
}
