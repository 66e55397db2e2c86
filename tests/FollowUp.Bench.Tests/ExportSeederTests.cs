using System.Text.Json;
using Azure.Data.Tables;
using FollowUp.Bench.Export;
using FollowUp.Bench.Scan;
using FollowUp.Bench.Storage;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Options;

namespace FollowUp.Bench.Tests;

/// <summary>
/// The seeder writes in transactions what FollowUp's store writes one update at a time: the same
/// rows, read back the same through the store.
/// </summary>
public sealed class ExportSeederTests(BenchStorage storage) : IClassFixture<BenchStorage>
{
    private const int Count = 12;
    private const int History = 3;

    [Fact]
    public async Task BatchSeededCommitmentsReadBackThroughTheStoreAsTheStoreWroteThem()
    {
        await using var prefix = storage.CreatePrefix();
        var data = new BenchCommitments(Count, 4, 0.15, 0.10, ExportBenchmark.AsOf, new ReminderPolicy(new RemindersOptions()));
        var (storeWritten, storeTable) = await WrittenByTheStoreAsync(prefix, data);
        var (seeded, seededTable) = Store(prefix, "seeded");
        await new ExportSeeder(new BenchTables(prefix.Service, Options(prefix, "seeded"))).SeedAsync(data, History, 4, TextWriter.Null, CancellationToken.None);

        foreach (var id in data.Generate().Select(c => c.Id))
        {
            var expected = Assert.IsType<Core.Commitments.Commitment>(await storeWritten.GetAsync(id));
            var actual = Assert.IsType<Core.Commitments.Commitment>(await seeded.GetAsync(id));
            Assert.Equal(Json(expected with { Version = null }), Json(actual with { Version = null }));
            Assert.Equal(Json(await storeWritten.GetHistoryAsync(id, 100)), Json(await seeded.GetHistoryAsync(id, 100)));
        }

        Assert.Equal(await RawRowsAsync(storeTable), await RawRowsAsync(seededTable));
    }

    [Fact]
    public async Task ATransactionRetriedAfterTheServiceAppliedItDoesNotStopTheSeed()
    {
        await using var prefix = storage.CreatePrefix();
        var replaying = new ReplayingPolicy();
        var clientOptions = new TableClientOptions();
        clientOptions.AddPolicy(replaying, Azure.Core.HttpPipelinePosition.PerRetry);
        var service = new TableServiceClient(storage.ConnectionString, clientOptions);
        var data = new BenchCommitments(Count, 4, 0.15, 0.10, ExportBenchmark.AsOf, new ReminderPolicy(new RemindersOptions()));

        var rows = await new ExportSeeder(new BenchTables(service, Options(prefix, "seeded"))).SeedAsync(data, History, 4, TextWriter.Null, CancellationToken.None);

        Assert.Equal(Count, replaying.Replayed);
        Assert.Equal(Count * (1 + History), rows);
        var (seeded, seededTable) = Store(prefix, "seeded");
        Assert.Equal(Count * (1 + History), (await RawRowsAsync(seededTable)).Count);
        foreach (var id in data.Generate().Select(c => c.Id))
        {
            Assert.Equal(History, (await seeded.GetHistoryAsync(id, 100)).Count);
        }
    }

    private static async Task<(TableCommitmentStore Store, TableClient Table)> WrittenByTheStoreAsync(BenchPrefix prefix, BenchCommitments data)
    {
        var (store, table) = Store(prefix, "store");
        foreach (var initial in data.Generate())
        {
            var current = Assert.IsType<SaveResult.Saved>(await store.AddAsync(initial)).Commitment;
            foreach (var entry in SeededCommitment.Of(initial, History, data.AsOf).History)
            {
                var next = current with { Progress = entry.NewProgress, Status = entry.NewStatus };
                current = Assert.IsType<SaveResult.Saved>(await store.ReplaceAsync(next, entry)).Commitment;
            }
        }

        return (store, table);
    }

    private static (TableCommitmentStore Store, TableClient Table) Store(BenchPrefix prefix, string name)
    {
        var options = Options(prefix, name);
        return (new TableCommitmentStore(prefix.Service, options), prefix.Service.GetTableClient(options.Value.Storage.CommitmentsTable));
    }

    private static IOptions<FollowUpOptions> Options(BenchPrefix prefix, string name) =>
        Microsoft.Extensions.Options.Options.Create(new FollowUpOptions { Storage = { TablePrefix = prefix.Prefix + name } });

    /// <summary>
    /// Every row as its keys and properties, without what the service or a write makes afresh: the
    /// timestamp and etag, the write nonce's value, and the random end of a history row's key.
    /// </summary>
    private static async Task<List<string>> RawRowsAsync(TableClient table)
    {
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            var key = row.RowKey.StartsWith("h-", StringComparison.Ordinal) ? row.RowKey[..row.RowKey.LastIndexOf('-')] : row.RowKey;
            var properties = row.Keys
                .Where(k => k is not ("Timestamp" or "odata.etag" or "PartitionKey" or "RowKey"))
                .Order(StringComparer.Ordinal)
                .Select(k => k == "WriteId" ? $"{k}=({row[k]?.GetType().Name})" : $"{k}={JsonSerializer.Serialize(row[k])}");
            rows.Add($"{row.PartitionKey}/{key}: {string.Join(", ", properties)}");
        }

        return rows;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
