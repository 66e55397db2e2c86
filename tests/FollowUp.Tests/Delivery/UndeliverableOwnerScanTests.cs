using System.Text.Json;
using Azure.Data.Tables;
using FollowUp.Core.Delivery;
using FollowUp.Core.Storage;
using FollowUp.Tests.Email;
using FollowUp.Tests.TestSupport;
using static FollowUp.Tests.Delivery.BouncedOwnerScenario;

namespace FollowUp.Tests.Delivery;

/// <summary>After a hard bounce, the scan sends that owner nothing, keeps its nudges owed and tells the secretariat.</summary>
public sealed class UndeliverableOwnerScanTests(AzuriteStorage azurite, FakeSendGrid sendGrid) : IClassFixture<AzuriteStorage>, IClassFixture<FakeSendGrid>
{
    [Fact]
    public async Task AfterAHardBounceTheNextScanSendsThatOwnerNothingAndItsJsonListsTheAddress()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        s.Time.Advance(TimeSpan.FromDays(7));

        var scan = await s.ScanAsync();

        Assert.Equal(0, scan.ExitCode);
        using var json = JsonDocument.Parse(scan.Output);
        var undeliverable = Assert.Single(json.RootElement.GetProperty("undeliverable").EnumerateArray());
        Assert.Equal(
            (Commerce, BounceReason, "2026-11-30T05:05:00Z"),
            (undeliverable.GetProperty("to").GetString(), undeliverable.GetProperty("reason").GetString(), undeliverable.GetProperty("since").GetString()));
        Assert.DoesNotContain(json.RootElement.GetProperty("digests").EnumerateArray(), d => d.GetProperty("to").GetString() == Commerce);
        Assert.Single(s.SentTo(Commerce));
        Assert.Equal(2, s.SentTo(Economy).Count);
    }

    [Fact]
    public async Task TheUndeliverableOwnersNudgeIsNeverClaimedSoItStaysOwed()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        s.Time.Advance(TimeSpan.FromDays(7));

        await s.ScanAsync();

        var ledger = s.Tables.Service.GetTableClient(s.Tables.Options.Storage.SendLedgerTable);
        var partition = TableSendLedger.PartitionFor(Commerce);
        var dayRows = ledger.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge 'd|2026-12-07' and RowKey lt 'd|2026-12-08'"));
        Assert.Empty(await dayRows.ToListAsync());
    }

    [Fact]
    public async Task TheSecretariatsEscalationNamesTheOwnerThatCannotBeReachedWithReasonAndDate()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        s.Time.Advance(TimeSpan.FromDays(7));

        await s.ScanAsync();

        using var escalation = JsonDocument.Parse(s.LastTo(Secretariat));
        var content = escalation.RootElement.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("value").GetString()!).ToList();
        Assert.Equal(2, s.SentTo(Secretariat).Count);
        Assert.All(content, body => Assert.Contains("Cannot be reached by email", body, StringComparison.Ordinal));
        Assert.Contains($"{Commerce}: {BounceReason} (since 30 November 2026)", content[0], StringComparison.Ordinal);
        Assert.DoesNotContain($"{Economy}: ", content[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTextSummarySaysWhichOwnerIsUndeliverable()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        s.Time.Advance(TimeSpan.FromDays(7));

        var scan = await s.ScanAsync("text");

        Assert.Contains($"Undeliverable {Commerce} since 2026-11-30: {BounceReason}", scan.Output, StringComparison.Ordinal);
        Assert.Contains("undeliverable 1.", scan.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALaterDeliveryClearsTheMarkAndTheOwedNudgeGoesOut()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        await s.EventAsync(Commerce, DeliveryEventNames.Delivered, Monday.AddHours(2));
        s.Time.Advance(TimeSpan.FromDays(7));

        var scan = await s.ScanAsync();

        using var json = JsonDocument.Parse(scan.Output);
        Assert.Empty(json.RootElement.GetProperty("undeliverable").EnumerateArray());
        Assert.Equal(2, s.SentTo(Commerce).Count);
        Assert.False((await s.Get<IContactHealthStore>().ReadAsync(Commerce)).IsUndeliverable);
    }
}
