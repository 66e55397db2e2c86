using System.Text.Json;
using FollowUp.Core.Delivery;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class WorkspaceDeliveryTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Json = "application/json";

    [Fact]
    public async Task UndeliverableFilterListsOnlyCommitmentsWithABouncedOwner()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral("karachi-only") with { Owners = [TestCommitments.Karachi] });
        await context.SeedAsync(TestCommitments.Bilateral("baku-only") with { Owners = [TestCommitments.Baku] });
        await context.DeliveryEvents.RecordAsync([Bounce("COMMERCE.PK@example.org")]);

        var response = await context.GetAsync("/api/secretariat/commitments?undeliverable=true", WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        var row = Assert.Single(json.RootElement.GetProperty("commitments").EnumerateArray());
        var delivery = row.GetProperty("owners")[0].GetProperty("delivery");
        Assert.Equal(("karachi-only", "bounced", "550 mailbox unavailable"), (row.GetProperty("id").GetString(), delivery.GetProperty("state").GetString(), delivery.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task ListReadsEveryOwnersDeliveryUnknownWhenNothingWasHeard()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());

        var response = await context.GetAsync("/api/secretariat/commitments", WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        var owners = json.RootElement.GetProperty("commitments")[0].GetProperty("owners").EnumerateArray();
        Assert.All(owners, o => Assert.Equal("unknown", o.GetProperty("delivery").GetProperty("state").GetString()));
    }

    [Fact]
    public async Task OverviewCountsUndeliverableContactsOnceAndLinksToTheirCommitments()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral("first"));
        await context.SeedAsync(TestCommitments.Bilateral("second"));
        await context.SeedAsync(TestCommitments.Bilateral("baku-only") with { Owners = [TestCommitments.Baku] });
        await context.DeliveryEvents.RecordAsync([Bounce(TestCommitments.Karachi.Email)]);

        var overview = await context.GetAsync("/api/secretariat", WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(overview.Body);
        var line = json.RootElement.GetProperty("undeliverableContacts");
        var list = await context.GetAsync(line.GetProperty("url").GetString()!, WorkspaceTestContext.Viewer, Json);
        using var rows = JsonDocument.Parse(list.Body);
        Assert.Equal((1, 2), (line.GetProperty("count").GetInt32(), rows.RootElement.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task TimelineShowsTheEventsOfTheMessageThatCarriedTheCommitment()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var commitment = await context.SeedAsync(TestCommitments.Bilateral());
        var day = new DateOnly(2027, 5, 3);
        var to = TestCommitments.Karachi.Email;
        var entry = new LedgerEntry(MessageKind.Digest, to, day, [new ReminderKey(commitment.Id, to, ReminderStage.Overdue, commitment.DueDate)]);
        var ledger = context.Ledger;
        var claim = await ledger.TryClaimAsync(entry, "run-1", await ledger.ReadAsync(MessageKind.Digest, to, commitment.DueDate, day));
        await ledger.SettleAsync(claim!, new SendResult.Accepted("msg-1"));
        await context.DeliveryEvents.RecordAsync(
        [
            new("ev-delivered", to, DeliveryEventNames.Delivered, WorkspaceTestContext.Start.AddMinutes(5), "msg-1", Kind: MessageKind.Digest, LocalDate: day, ClaimId: claim!.ClaimId),
            new("ev-other-claim", to, DeliveryEventNames.Bounce, WorkspaceTestContext.Start.AddMinutes(6), Kind: MessageKind.Digest, LocalDate: day, ClaimId: new string('0', 32)),
        ]);

        var response = await context.GetAsync("/api/secretariat/commitments/" + commitment.Id, WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        var timeline = json.RootElement.GetProperty("timeline").EnumerateArray().ToList();
        var delivery = Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "delivery");
        var reminder = Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "reminder");
        Assert.Equal(
            ("delivered", to, "delivered"),
            (delivery.GetProperty("event").GetString(), delivery.GetProperty("to").GetString(), reminder.GetProperty("delivery").GetString()));
    }

    [Fact]
    public async Task CommitmentPageShowsEachOwnersDelivery()
    {
        await using var context = new WorkspaceTestContext(azurite);
        await context.SeedAsync(TestCommitments.Bilateral());
        await context.DeliveryEvents.RecordAsync([Bounce(TestCommitments.Baku.Email)]);

        var page = await context.GetAsync("/api/secretariat/commitments/pta-implementation-plan", WorkspaceTestContext.Viewer, "text/html");

        Assert.Contains("<td>bounced: 550 mailbox unavailable</td>", page.Body, StringComparison.Ordinal);
    }

    private static DeliveryEvent Bounce(string email) =>
        new("ev-bounce-" + email, email, DeliveryEventNames.Bounce, WorkspaceTestContext.Start.AddDays(-1), Reason: "550 mailbox unavailable", BounceType: DeliveryEventNames.Bounce);
}
