using Azure.Data.Tables;
using FollowUp.Core.Email;
using FollowUp.Tests.Email;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Delivery;

/// <summary>The local outbox records each message it writes as delivered, as SendGrid's event would.</summary>
public sealed class OutboxDeliveryTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task DigestWrittenToTheOutboxIsRecordedAsDeliveredUnderItsClaim()
    {
        await using var tables = azurite.CreateTables();
        var folder = Path.Combine(Path.GetTempPath(), "followup-outbox-" + Guid.NewGuid().ToString("N"));
        await using var services = tables.BuildServices(extraSettings: new Dictionary<string, string?> { ["FollowUp:Email:OutboxPath"] = folder });
        const string claim = "0123456789abcdef0123456789abcdef";
        try
        {
            var result = await services.GetRequiredService<IDigestSender>().SendAsync(TestDigests.Mixed(), "run-1", claim);

            Assert.IsType<SendResult.Accepted>(result);
            var ledger = tables.Service.GetTableClient(tables.Options.Storage.SendLedgerTable);
            var rows = new List<TableEntity>();
            await foreach (var row in ledger.QueryAsync<TableEntity>())
            {
                rows.Add(row);
            }

            var delivered = Assert.Single(rows, r => r.RowKey.StartsWith($"d|2026-03-16|{claim}|", StringComparison.Ordinal));
            Assert.Equal("delivered", delivered.GetString("Event"));
            Assert.Contains(rows, r => r.RowKey == "d|~contact" && r.GetString("LastEvent") == "delivered");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
