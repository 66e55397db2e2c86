using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Tests.Email;
using FollowUp.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace FollowUp.Tests.Workspace;

/// <summary>"Nudge now" through the workspace's route, on Azurite, with the real SendGrid transport and a fake SendGrid on loopback.</summary>
public sealed partial class WorkspaceNudgeTests : IClassFixture<AzuriteStorage>, IClassFixture<FakeSendGrid>
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";
    private const string Page = "/api/secretariat/owners/commerce.pk%40example.org";
    private const string Path = Page + "/nudge";
    private const string Karachi = "commerce.pk@example.org";

    private readonly AzuriteStorage _azurite;
    private readonly FakeSendGrid _sendGrid;

    public WorkspaceNudgeTests(AzuriteStorage azurite, FakeSendGrid sendGrid)
    {
        _azurite = azurite;
        _sendGrid = sendGrid;
        _sendGrid.Server.Reset();
        _sendGrid.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-nudge"));
    }

    [Fact]
    public async Task AdminNudgesAnOwnerAndOnlyThatOwnerGetsOneDigestRecordedAsManualWithAHistoryLine()
    {
        await using var host = await SeededAsync();

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("They asked for a reminder"));

        Assert.Equal(200, response.Status);
        Assert.Equal([Karachi], MailedTo());
        var row = await DayRowAsync(host, Karachi);
        Assert.Equal(("Sent", true), (row.GetString("State"), row.GetBoolean("Manual")));
        foreach (var id in new[] { "pta-implementation-plan", "visa-facilitation" })
        {
            var line = Assert.Single(await host.Store.GetHistoryAsync(id, 10));
            Assert.Equal(("amina@secretariat.example.org", ProgressSource.Secretariat, "They asked for a reminder"), (line.By, line.Source, line.Reason));
        }
    }

    [Fact]
    public async Task ScanLaterThatDaySendsTheNudgedOwnerNothingMore()
    {
        await using var host = await SeededAsync();
        await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("Ahead of the meeting"));
        host.Time.Advance(TimeSpan.FromHours(3));

        await host.Scan.RunAsync();

        Assert.Equal(1, MailedTo().Count(to => to == Karachi));
    }

    [Fact]
    public async Task ScanTheNextDayDoesNotResendTheStagesTheNudgeCarried()
    {
        await using var host = await SeededAsync();
        await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("Ahead of the meeting"));
        host.Time.Advance(TimeSpan.FromDays(1));

        await host.Scan.RunAsync();

        Assert.Equal(1, MailedTo().Count(to => to == Karachi));
    }

    [Fact]
    public async Task NudgeAfterTheDaysDigestIsRefusedWithAClearMessage()
    {
        await using var host = await SeededAsync();
        await host.Scan.RunAsync();

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("Once more"));

        Assert.Equal(409, response.Status);
        Assert.Contains("already had its digest for 2027-05-03", response.Body, StringComparison.Ordinal);
        Assert.Equal(1, MailedTo().Count(to => to == Karachi));
        Assert.Empty(await host.Store.GetHistoryAsync("pta-implementation-plan", 10));
    }

    [Fact]
    public async Task TwoConcurrentNudgesSendOneEmailAndRefuseTheOther()
    {
        await using var host = await SeededAsync();

        var answers = await Task.WhenAll(
            Task.Run(() => host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("First"))),
            Task.Run(() => host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("Second"))));

        Assert.Equal([200, 409], answers.Select(a => a.Status).Order());
        Assert.Equal([Karachi], MailedTo());
    }

    [Fact]
    public async Task NudgeWhoseOutcomeIsUnknownIsKeptAndNeverSentAgain()
    {
        using var dropping = new DroppingSendGrid(reset: true);
        await using var host = new WorkspaceHost(_azurite, sendGrid: dropping.Url);
        await host.SeedAsync(TestCommitments.Bilateral() with { Owners = [TestCommitments.Karachi] });

        var first = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("First"));
        var again = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("Again"));
        var requests = dropping.Requests;
        var scan = await host.Scan.RunAsync();

        Assert.Equal((409, 409), (first.Status, again.Status));
        Assert.Contains("did not confirm", first.Body, StringComparison.Ordinal);
        Assert.Contains("already had its digest", again.Body, StringComparison.Ordinal);
        Assert.Equal("Unknown", (await DayRowAsync(host, Karachi)).GetString("State"));
        Assert.Equal(1, requests);

        // The scan's escalation to the secretariat goes to the same fake; the owner's digest is not planned again.
        Assert.DoesNotContain(scan.Digests, d => EmailAddresses.AreSame(d.Digest.To, Karachi) && d.Delivery != Core.Reminders.DigestDelivery.Skipped);
    }

    [Fact]
    public async Task NudgeWithoutAReasonIsRefusedNamingTheField()
    {
        await using var host = await SeededAsync();

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("  "));

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"reason\"", response.Body, StringComparison.Ordinal);
        Assert.Empty(MailedTo());
    }

    [Fact]
    public async Task NudgeForAnAddressThatOwnsNothingIsNotFound()
    {
        await using var host = await SeededAsync();

        var response = await host.SendAsync("POST", "/api/secretariat/owners/nobody%40example.org/nudge", WorkspaceTestContext.Admin, Json, Json, Body("Who?"));

        Assert.Equal(404, response.Status);
        Assert.Empty(MailedTo());
    }

    [Fact]
    public async Task NudgeForAnOwnerWithNoOpenCommitmentIsRefusedClearly()
    {
        await using var host = new WorkspaceHost(_azurite, sendGrid: _sendGrid.Url);
        await host.SeedAsync(TestCommitments.Bilateral() with { Status = CommitmentStatus.Completed, Progress = 100 });

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body("Anything left?"));

        Assert.Equal(409, response.Status);
        Assert.Contains("no open commitment", response.Body, StringComparison.Ordinal);
        Assert.Empty(MailedTo());
    }

    [Fact]
    public async Task ViewerCannotNudge()
    {
        await using var host = await SeededAsync();

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Viewer, Json, Json, Body("Please"));

        Assert.Equal(403, response.Status);
        Assert.Empty(MailedTo());
    }

    [Fact]
    public async Task AnonymousCannotNudge()
    {
        await using var host = await SeededAsync();

        var response = await host.SendAsync("POST", Path, principal: null, Json, Json, Body("Please"));

        Assert.Equal(401, response.Status);
        Assert.Empty(MailedTo());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("CfDJ8forged", "followup-antiforgery=CfDJ8forgedcookie")]
    public async Task FormPostWithMissingOrForgedAntiforgeryTokenSendsNothing(string? token, string? cookie)
    {
        await using var host = await SeededAsync();
        var form = (token is null ? "" : "__RequestVerificationToken=" + token + "&") + "reason=Please";

        var response = await host.SendAsync("POST", Path, WorkspaceTestContext.Admin, "text/html", Form, form, cookie);

        Assert.Equal(400, response.Status);
        Assert.Empty(MailedTo());
    }

    [Fact]
    public async Task AdminNudgesFromTheMinistryPagesForm()
    {
        await using var host = await SeededAsync();
        var page = await host.GetAsync(Page, WorkspaceTestContext.Admin, "text/html");
        var token = TokenField().Match(page.Body);
        var cookie = page.Header("Set-Cookie").Split(';')[0];

        var response = await host.SendAsync(
            "POST", Path, WorkspaceTestContext.Admin, "text/html", Form, $"{token.Groups[1].Value}={Uri.EscapeDataString(token.Groups[2].Value)}&reason=Before+the+session", cookie);

        Assert.Equal(303, response.Status);
        Assert.Equal(Page + "?done=nudge", response.Header("Location"));
        Assert.Equal([Karachi], MailedTo());
    }

    private async Task<WorkspaceHost> SeededAsync()
    {
        var host = new WorkspaceHost(_azurite, sendGrid: _sendGrid.Url);
        await host.SeedAsync(TestCommitments.Bilateral());
        await host.SeedAsync(TestCommitments.Bilateral("visa-facilitation", new DateOnly(2027, 9, 30)) with { Owners = [TestCommitments.Karachi] });
        return host;
    }

    /// <summary>The recipient of every message the fake SendGrid took, in order.</summary>
    private List<string> MailedTo() =>
    [
        .. _sendGrid.Server.LogEntries.Select(e =>
        {
            using var json = JsonDocument.Parse(e.RequestMessage.Body!);
            return json.RootElement.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString()!;
        }),
    ];

    private static async Task<TableEntity> DayRowAsync(WorkspaceHost host, string address) =>
        (await host.Tables.Service.GetTableClient(host.Tables.Options.Storage.SendLedgerTable)
            .GetEntityAsync<TableEntity>(EmailAddresses.StorageKey(address), "d|2027-05-03")).Value;

    private static string Body(string reason) => JsonSerializer.Serialize(new { reason });

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenField();
}
