using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class WorkspaceAccessTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Json = "application/json";

    [Fact]
    public async Task AnonymousJsonRequestIsAnswered401()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.GetAsync("/api/secretariat", principal: null, accept: Json);
        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task AnonymousBrowserInAzureIsSentToSignIn()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.GetAsync("/api/secretariat/commitments?overdue=true", principal: null, accept: "text/html");
        Assert.Equal(302, response.Status);
        Assert.Equal("/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fsecretariat%2Fcommitments%3Foverdue%3Dtrue", response.Header("Location"));
    }

    [Fact]
    public async Task PrincipalHeaderIsIgnoredUnlessTrusted()
    {
        await using var context = new WorkspaceTestContext(azurite, trustHeaders: false);
        var response = await context.GetAsync("/api/secretariat", WorkspaceTestContext.Admin, accept: "text/html");
        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task ForgedPrincipalIsNotSignedIn()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.GetAsync("/api/secretariat", "not-base64-json!", accept: Json);
        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task SignedInPersonWithoutARoleIsRefused()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var response = await context.GetAsync("/api/secretariat", WorkspaceTestContext.Principal("guest@example.org"), accept: Json);
        Assert.Equal(403, response.Status);
    }

    [Fact]
    public async Task ViewerReadsEveryPage()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());
        foreach (var path in new[] { "/api/secretariat", "/api/secretariat/commitments", "/api/secretariat/commitments/pta-implementation-plan" })
        {
            var page = await context.GetAsync(path, WorkspaceTestContext.Viewer, accept: "text/html");
            Assert.Equal(200, page.Status);
            Assert.StartsWith("default-src 'none'", page.Header("Content-Security-Policy"), StringComparison.Ordinal);
            var json = await context.GetAsync(path, WorkspaceTestContext.Viewer, accept: Json);
            Assert.Equal(200, json.Status);
            Assert.StartsWith("application/json", json.ContentType, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ViewerCannotAct()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync(
            "POST", "/api/secretariat/commitments/pta-implementation-plan/status", WorkspaceTestContext.Viewer, Json, Json,
            $$"""{ "version": "{{seeded.Version!.Replace("\"", "\\\"", StringComparison.Ordinal)}}", "action": "cancel", "reason": "Superseded" }""");
        Assert.Equal(403, response.Status);
        Assert.Equal(Core.Commitments.CommitmentStatus.NotStarted, (await context.Store.GetAsync("pta-implementation-plan"))!.Status);
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryTokenChangesNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var form = "version=" + Uri.EscapeDataString(seeded.Version!) + "&action=cancel&reason=Superseded";
        var response = await context.SendAsync(
            "POST", "/api/secretariat/commitments/pta-implementation-plan/status", WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded", form);
        Assert.Equal(400, response.Status);
        Assert.Empty(await context.Store.GetHistoryAsync("pta-implementation-plan", 10));
    }

    [Fact]
    public async Task FormPostWithForgedAntiforgeryTokenChangesNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var form = "__RequestVerificationToken=CfDJ8forged&version=" + Uri.EscapeDataString(seeded.Version!) + "&action=cancel&reason=Superseded";
        var response = await context.SendAsync(
            "POST", "/api/secretariat/commitments/pta-implementation-plan/status", WorkspaceTestContext.Admin, "text/html", "application/x-www-form-urlencoded", form,
            cookie: "followup-antiforgery=CfDJ8forgedcookie");
        Assert.Equal(400, response.Status);
        Assert.Empty(await context.Store.GetHistoryAsync("pta-implementation-plan", 10));
    }
}
