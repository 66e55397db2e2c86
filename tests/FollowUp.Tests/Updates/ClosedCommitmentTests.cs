using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

/// <summary>Owners cannot reopen what the commission closed: the page is read-only and a POST writes nothing.</summary>
public sealed class ClosedCommitmentTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Secretariat = "secretariat@jc.example.org";
    private const string Escalation = "trade.desk@jc.example.org";

    [Fact]
    public async Task AnOwnerCannotReopenACancelledCommitment()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral(ProgressTestContext.Id) with { Status = CommitmentStatus.Cancelled });

        var page = ProgressAssert.IsHtml(409, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, status: "InProgress")));

        Assert.Contains("Your update has not been saved: this commitment is closed", page.Body, StringComparison.Ordinal);
        await AssertNothingSavedAsync(context, seeded);
    }

    [Fact]
    public async Task ANoteAloneOnACancelledCommitmentIsRefusedAndKeptForTheOwnerToCopy()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral(ProgressTestContext.Id) with { Status = CommitmentStatus.Cancelled });

        // What a browser posted from the old page, whose status list had nothing selected: the first option.
        var page = ProgressAssert.IsHtml(409, await context.PostFormAsync(
            context.TokenFor(), ProgressTestContext.Form(seeded.Version, status: "NotStarted", progress: "0", note: "Held over to the ninth session")));

        Assert.Contains("<p class=\"note\" dir=\"auto\">Held over to the ninth session</p>", page.Body, StringComparison.Ordinal);
        await AssertNothingSavedAsync(context, seeded);
    }

    [Fact]
    public async Task AJsonUpdateOfACompletedCommitmentIsAConflictCarryingTheCurrentCommitment()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral(ProgressTestContext.Id) with { Status = CommitmentStatus.Completed, Progress = 100 });

        var response = ProgressAssert.IsJson(409, await context.PostJsonAsync(
            context.TokenFor(), JsonSerializer.Serialize(new { status = "InProgress", progress = 50, version = seeded.Version })));

        using var json = JsonDocument.Parse(response.Body);
        Assert.Contains("closed", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Completed", json.RootElement.GetProperty("current").GetProperty("status").GetString());
        await AssertNothingSavedAsync(context, seeded);
    }

    [Fact]
    public async Task AClosedCommitmentsPageIsReadOnlyAndNamesTheSecretariat()
    {
        await using var context = new ProgressTestContext(azurite, configure: o => o.Reminders.EscalationCc = Secretariat);
        await context.SeedAsync(TestCommitments.Bilateral(ProgressTestContext.Id) with { Status = CommitmentStatus.Cancelled, EscalationEmail = Escalation });

        var page = ProgressAssert.IsHtml(200, await context.GetAsync(context.TokenFor()));

        Assert.Contains("<h2>This commitment is closed</h2>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<dd>Cancelled</dd>", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page.Body, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"mailto:{Secretariat}\">{Secretariat}</a>", page.Body, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"mailto:{Escalation}\">{Escalation}</a>", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClosedCommitmentsPageSaysPlainlyWhenNoContactIsConfigured()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral(ProgressTestContext.Id) with { Status = CommitmentStatus.Completed, Progress = 100 });

        var page = ProgressAssert.IsHtml(200, await context.GetAsync(context.TokenFor()));

        Assert.Contains("No contact address is configured in FollowUp", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommitmentClosedBetweenTheReadAndTheWriteIsRefusedAsClosed()
    {
        var closing = new ClosingCommitmentStore();
        await using var context = new ProgressTestContext(azurite, store: closing.Wrap);
        var seeded = await context.SeedAsync();

        var page = ProgressAssert.IsHtml(409, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, progress: "60")));

        Assert.Contains("this commitment is closed", page.Body, StringComparison.Ordinal);
        Assert.Equal(CommitmentStatus.Cancelled, (await context.CurrentAsync()).Status);
        Assert.Empty(await context.HistoryAsync());
    }

    private static async Task AssertNothingSavedAsync(ProgressTestContext context, Commitment seeded)
    {
        var stored = await context.CurrentAsync();
        Assert.Equal((seeded.Version, seeded.Status, seeded.Progress), (stored.Version, stored.Status, stored.Progress));
        Assert.Empty(await context.HistoryAsync());
    }
}
