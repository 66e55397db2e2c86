using System.Text.Json;
using System.Text.RegularExpressions;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed partial class WorkspaceFreshLinkTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";
    private const string Page = "/api/secretariat/owners/commerce.pk%40example.org";
    private const string Path = Page + "/fresh-link";

    [Fact]
    public async Task AdminSendsAFreshLinkToTheOwnerAndTheHistoryNamesThemAndTheReason()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("pta-implementation-plan", "Lost the last email"));

        Assert.Equal(200, response.Status);
        var sent = Assert.Single(host.FreshLinks.Sent);
        Assert.Equal(TestCommitments.Karachi.Email, sent.Owner.Email);
        var line = Assert.Single(await host.Store.GetHistoryAsync("pta-implementation-plan", 10));
        Assert.Equal(("amina@secretariat.example.org", ProgressSource.Secretariat, "Lost the last email"), (line.By, line.Source, line.Reason));
    }

    [Fact]
    public async Task SecondFreshLinkWithinTheCooldownIsRefusedWithAClearMessage()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());
        await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("pta-implementation-plan", "Lost the last email"));

        var again = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("pta-implementation-plan", "Still lost"));

        Assert.Equal(409, again.Status);
        Assert.Contains("cooldown", again.Body, StringComparison.Ordinal);
        Assert.Single(host.FreshLinks.Sent);
        Assert.Single(await host.Store.GetHistoryAsync("pta-implementation-plan", 10));
    }

    [Fact]
    public async Task FreshLinkForACommitmentTheMinistryDoesNotOwnIsRefused()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());
        await host.SeedAsync(TestCommitments.Bilateral("baku-only") with { Owners = [TestCommitments.Baku] });

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("baku-only", "Wrong ministry"));

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"commitment\"", response.Body, StringComparison.Ordinal);
        Assert.Empty(host.FreshLinks.Sent);
    }

    [Fact]
    public async Task FreshLinkWithoutAReasonIsRefused()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("pta-implementation-plan", "  "));

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"reason\"", response.Body, StringComparison.Ordinal);
        Assert.Empty(host.FreshLinks.Sent);
    }

    [Fact]
    public async Task ViewerCannotSendAFreshLink()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Viewer, Json, Json, Body("pta-implementation-plan", "Lost"));

        Assert.Equal(403, response.Status);
        Assert.Empty(host.FreshLinks.Sent);
    }

    [Fact]
    public async Task AnonymousCannotSendAFreshLink()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());

        var response = await host.SendAsync("POST", Path, principal: null, Json, Json, Body("pta-implementation-plan", "Lost"));

        Assert.Equal(401, response.Status);
        Assert.Empty(host.FreshLinks.Sent);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("CfDJ8forged", "followup-antiforgery=CfDJ8forgedcookie")]
    public async Task FormPostWithMissingOrForgedAntiforgeryTokenSendsNothing(string? token, string? cookie)
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());
        var form = (token is null ? "" : "__RequestVerificationToken=" + token + "&") + "commitment=pta-implementation-plan&reason=Lost";

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, form, cookie);

        Assert.Equal(400, response.Status);
        Assert.Empty(host.FreshLinks.Sent);
    }

    [Fact]
    public async Task AdminSendsAFreshLinkFromTheMinistryPagesForm()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());
        var page = await host.GetAsync(Page, WorkspaceTestContext.Admin, "text/html");
        var token = TokenField().Match(page.Body);
        var cookie = page.Header("Set-Cookie").Split(';')[0];

        var response = await host.SendAsync(
            "POST", Path, WorkspaceTestContext.Admin, "text/html", Form,
            $"{token.Groups[1].Value}={Uri.EscapeDataString(token.Groups[2].Value)}&commitment=pta-implementation-plan&reason=Lost", cookie);

        Assert.Equal(303, response.Status);
        Assert.Equal(Page + "?done=fresh-link", response.Header("Location"));
        Assert.Single(host.FreshLinks.Sent);
    }

    [Fact]
    public async Task ViewersPageHasNoFreshLinkForm()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral());

        var page = await host.GetAsync(Page, WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("fresh-link\"", page.Body, StringComparison.Ordinal);
    }

    private static string Body(string commitment, string reason) => JsonSerializer.Serialize(new { commitment, reason });

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenField();
}
