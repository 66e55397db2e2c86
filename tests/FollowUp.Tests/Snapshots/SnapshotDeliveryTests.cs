using FollowUp.Core.Reports;
using FollowUp.Core.Snapshots;
using FollowUp.Tests.Reminders;
using FollowUp.Tests.TestSupport;
using static FollowUp.Tests.Delivery.DeliveryScan;

namespace FollowUp.Tests.Snapshots;

/// <summary>
/// Snapshots read delivery from what main's delivery tracking stores (Azurite): a digest sent by the
/// real scan, SendGrid's events recorded through the store the Event Webhook writes to.
/// </summary>
public sealed class SnapshotDeliveryTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Id = "pta-implementation-plan";

    [Fact]
    public async Task BouncedDigestIsCountedAgainstTheCommitmentItCarried()
    {
        await using var h = await SentAsync();
        await EventAsync(h, "processed", Monday.AddMinutes(1));
        await EventAsync(h, "bounce", Monday.AddMinutes(2), reason: "550 5.1.1 no such user", type: "bounce");

        var row = await SnapshotAsync(h, Monday.AddHours(1));

        Assert.Equal((0, 1), (row.Delivery!.Delivered, row.Delivery.Undeliverable));
        Assert.Equal([Commerce.Email], row.Delivery.UndeliverableAddresses);
    }

    [Fact]
    public async Task DeliveredDigestIsCountedAndListsNoAddress()
    {
        await using var h = await SentAsync();
        await EventAsync(h, "delivered", Monday.AddMinutes(1));

        var row = await SnapshotAsync(h, Monday.AddHours(1));

        Assert.Equal((1, 0), (row.Delivery!.Delivered, row.Delivery.Undeliverable));
        Assert.Empty(row.Delivery.UndeliverableAddresses);
    }

    [Fact]
    public async Task BounceAfterTheAsOfTimeIsNeitherCountedNorListed()
    {
        await using var h = await SentAsync();
        await EventAsync(h, "delivered", Monday.AddMinutes(1));
        await EventAsync(h, "bounce", Monday.AddMinutes(30), reason: "550 5.1.1 no such user", type: "bounce");

        var row = await SnapshotAsync(h, Monday.AddMinutes(10));

        Assert.Equal((1, 0), (row.Delivery!.Delivered, row.Delivery.Undeliverable));
        Assert.Empty(row.Delivery.UndeliverableAddresses);
    }

    [Fact]
    public async Task ReportAnnexListsTheBouncedOwnerOfTheSnapshot()
    {
        await using var h = await SentAsync();
        await EventAsync(h, "bounce", Monday.AddMinutes(2), reason: "550 5.1.1 no such user", type: "bounce");
        await SnapshotAsync(h, Monday.AddHours(1));

        var load = await h.Get<BuildReport>().LoadAsync(new ReportRequest("jc9-before"));

        var report = Assert.IsType<ReportLoad.Loaded>(load).Data;
        Assert.Equal([new UndeliverableContact(Id, Commerce.Email)], report.DataQuality.Undeliverable!);
    }

    private async Task<ScanHarness> SentAsync()
    {
        var h = await OneOwnerAsync(azurite);
        Assert.Equal(1, (await h.Scan.RunAsync()).Sent);
        h.Time.Advance(TimeSpan.FromHours(2));
        return h;
    }

    private static async Task<SnapshotCommitment> SnapshotAsync(ScanHarness h, DateTimeOffset asOf)
    {
        Assert.IsType<SnapshotCreateOutcome.Created>(await h.Get<CreateSnapshot>().RunAsync("jc9-before", asOf));
        return await h.Get<ISnapshotStore>().ReadAsync("jc9-before").SingleAsync();
    }
}
