using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Queues;

/// <summary>What delivery tracking added to the scan holds on the queued path too: undeliverable owners and the claim id.</summary>
public sealed class QueuedDeliveryTrackingTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    private static Commitment Overdue(string id, ResponsibleParty owner) => TestCommitments.Bilateral(id, new DateOnly(2026, 11, 20)) with { Owners = [owner] };

    [Fact]
    public async Task AnOwnerMarkedUndeliverableIsNotQueuedAndThePlanNamesIt()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await h.Scan.SeedAsync(Overdue("pta-implementation-plan", TestCommitments.Karachi));
        await h.Scan.SeedAsync(Overdue("customs-data-exchange", TestCommitments.Baku));
        await MarkBouncedAsync(h, TestCommitments.Karachi.Email);

        var plan = await h.Enqueuer.RunAsync(Monday);

        Assert.Equal(1, plan.Queued);
        Assert.Equal(TestCommitments.Karachi.Email, Assert.Single(plan.Undeliverable).Address);
        Assert.DoesNotContain(TestCommitments.Karachi.Email, Assert.Single(await h.PeekAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheQueuedScanReportListsTheUndeliverableOwnerAndSendsItNothing()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await h.Scan.SeedAsync(Overdue("pta-implementation-plan", TestCommitments.Karachi));
        await h.Scan.SeedAsync(Overdue("customs-data-exchange", TestCommitments.Baku));
        await MarkBouncedAsync(h, TestCommitments.Karachi.Email);

        var report = await h.QueuedScan.RunAsync(2, Monday);

        Assert.Equal(TestCommitments.Karachi.Email, Assert.Single(report.Undeliverable).Address);
        Assert.Equal(TestCommitments.Baku.Email, Assert.Single(h.Scan.Sender.Delivered).To);
    }

    [Fact]
    public async Task TheWorkerHandsTheSenderTheClaimIdTheLedgerRecorded()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await h.Scan.SeedAsync(Overdue("pta-implementation-plan", TestCommitments.Karachi));
        await h.Enqueuer.RunAsync(Monday);

        await h.Worker.HandleAsync(Assert.Single(await h.PeekAsync()));

        var partition = TableSendLedger.PartitionFor(TestCommitments.Karachi.Email);
        var day = await h.Scan.LedgerTable.GetEntityAsync<TableEntity>(partition, "d|2026-11-30");
        var sent = h.Scan.Sender.ClaimIds[TestCommitments.Karachi.Email];
        Assert.False(string.IsNullOrEmpty(sent));
        Assert.Equal(day.Value.GetString("ClaimId"), sent);
    }

    /// <summary>The contact-health row a hard bounce leaves in the owner's ledger partition.</summary>
    private static async Task MarkBouncedAsync(QueueHarness h, string address)
    {
        await h.Scan.LedgerTable.CreateIfNotExistsAsync();
        await h.Scan.LedgerTable.UpsertEntityAsync(new TableEntity(TableSendLedger.PartitionFor(address), "d|~contact")
        {
            ["Address"] = address,
            ["BadAt"] = Monday.AddDays(-3),
            ["BadState"] = "Bounced",
            ["BadReason"] = "550 5.1.1 no such user",
            ["LastEvent"] = "bounce",
            ["LastEventAt"] = Monday.AddDays(-3),
        });
    }
}
