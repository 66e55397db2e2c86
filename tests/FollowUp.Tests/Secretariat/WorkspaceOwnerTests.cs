using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class WorkspaceOwnerTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Json = "application/json";
    private const string KarachiPath = "/api/secretariat/owners/commerce.pk%40example.org";

    [Fact]
    public async Task MinistryPageListsOnlyItsOwnCommitments()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral("both"));
        await context.SeedAsync(TestCommitments.Bilateral("karachi-only") with { Owners = [TestCommitments.Karachi] });
        await context.SeedAsync(TestCommitments.Bilateral("baku-only") with { Owners = [TestCommitments.Baku] });

        var response = await context.GetAsync(KarachiPath, WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal(200, response.Status);
        Assert.Equal(["both", "karachi-only"], json.RootElement.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(("Ministry of Commerce", "Asia/Karachi"), (json.RootElement.GetProperty("ministry").GetString(), json.RootElement.GetProperty("timeZone").GetString()));
    }

    [Fact]
    public async Task MinistryPageShowsItsContactsDeliveryHealth()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());
        await context.DeliveryEvents.RecordAsync([new("ev-bounce", TestCommitments.Karachi.Email, DeliveryEventNames.Bounce, WorkspaceTestContext.Start.AddDays(-1), Reason: "550 mailbox unavailable", BounceType: DeliveryEventNames.Bounce)]);

        var json = await context.GetAsync(KarachiPath, WorkspaceTestContext.Viewer, Json);
        var page = await context.GetAsync(KarachiPath, WorkspaceTestContext.Viewer, "text/html");

        using var doc = JsonDocument.Parse(json.Body);
        Assert.Equal("bounced", doc.RootElement.GetProperty("delivery").GetProperty("state").GetString());
        Assert.Contains("<dd>bounced: 550 mailbox unavailable, since", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinistryPageShowsTheLastUpdateTheMinistryItselfMade()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var at = WorkspaceTestContext.Start.AddDays(-3);
        await context.SeedAsync(TestCommitments.Bilateral("older") with { LastUpdate = new LastUpdate(at.AddDays(-5), TestCommitments.Karachi.Email, "Drafting") });
        await context.SeedAsync(TestCommitments.Bilateral("newer") with { LastUpdate = new LastUpdate(at, TestCommitments.Karachi.Email, "Sent to cabinet") });
        await context.SeedAsync(TestCommitments.Bilateral("by-baku") with { LastUpdate = new LastUpdate(at.AddDays(1), TestCommitments.Baku.Email, "Baku's word") });

        var response = await context.GetAsync(KarachiPath, WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        var last = json.RootElement.GetProperty("lastUpdate");
        Assert.Equal(("newer", "Sent to cabinet"), (last.GetProperty("commitmentId").GetString(), last.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task UnknownAddressIsAnswered404Page()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.GetAsync("/api/secretariat/owners/nobody%40example.org", WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(404, response.Status);
        Assert.Contains("<h1>No such ministry</h1>", response.Body, StringComparison.Ordinal);
        Assert.StartsWith("text/html", response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedAddressIsAnswered400NamingTheField()
    {
        await using var context = new WorkspaceTestContext(azurite);

        var response = await context.GetAsync("/api/secretariat/owners/not-an-address", WorkspaceTestContext.Viewer, Json);

        Assert.Equal(400, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal("email", json.RootElement.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task AnonymousCannotReadAMinistry()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.GetAsync(KarachiPath, principal: null, Json);

        Assert.Equal(401, response.Status);
        Assert.DoesNotContain("commerce.pk", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminReadsAMinistryToo()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.GetAsync(KarachiPath, WorkspaceTestContext.Admin, "text/html");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("default-src 'none'", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileMinistryNameIsEncoded()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var hostile = TestCommitments.Karachi with { Ministry = "<script>alert(1)</script>" };
        await context.SeedAsync(TestCommitments.Bilateral() with { Owners = [hostile], Title = "<img src=x onerror=alert(1)>" });

        var response = await context.GetAsync(KarachiPath, WorkspaceTestContext.Viewer, "text/html");

        Assert.DoesNotContain("<script>alert", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", response.Body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAndCommitmentPagesLinkEachOwnerToItsMinistryPage()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var list = await context.GetAsync("/api/secretariat/commitments", WorkspaceTestContext.Viewer, "text/html");
        var commitment = await context.GetAsync("/api/secretariat/commitments/pta-implementation-plan", WorkspaceTestContext.Viewer, "text/html");

        Assert.Contains("href=\"" + KarachiPath + "\"", list.Body, StringComparison.Ordinal);
        Assert.Contains("href=\"" + KarachiPath + "\"", commitment.Body, StringComparison.Ordinal);
    }
}
