using System.Text;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Snapshots;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Snapshots;

/// <summary>Snapshots in real Azurite: written once, never changed, and hashed so anyone can check them.</summary>
public sealed class SnapshotStoreTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SecondSnapshotWithTheSameNameIsRefusedAndChangesNothing()
    {
        await using var tables = azurite.CreateTables();
        using var services = Services(tables);
        var store = tables.CreateCommitmentStore();
        var stored = await store.UpsertAsync(TestCommitments.Bilateral() with { Progress = 10, CreatedAt = Now.AddDays(-30) });
        var create = services.GetRequiredService<CreateSnapshot>();
        Assert.IsType<SnapshotCreateOutcome.Created>(await create.RunAsync("jc8-dec"));
        var before = await RawRowsAsync(tables);

        await store.UpsertAsync(stored with { Progress = 90 });
        var second = await create.RunAsync("jc8-dec");

        Assert.IsType<SnapshotCreateOutcome.NameTaken>(second);
        Assert.Equal(before, await RawRowsAsync(tables));
        Assert.Equal(10, (await services.GetRequiredService<ISnapshotStore>().ReadAsync("jc8-dec").SingleAsync()).Progress);
    }

    [Fact]
    public async Task NameHeldByAnInterruptedSnapshotIsRefusedAndItsRowsAreLeftAlone()
    {
        await using var tables = azurite.CreateTables();
        using var services = Services(tables);
        await tables.CreateCommitmentStore().UpsertAsync(TestCommitments.Bilateral() with { CreatedAt = Now.AddDays(-30) });
        var table = tables.Service.GetTableClient(tables.Options.Storage.SnapshotsTable);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("jc8-dec", "pta-implementation-plan") { ["Data0"] = "left by a run that stopped" });

        var outcome = await services.GetRequiredService<CreateSnapshot>().RunAsync("jc8-dec");

        Assert.IsType<SnapshotCreateOutcome.NameTaken>(outcome);
        Assert.Equal("left by a run that stopped", (await table.GetEntityAsync<TableEntity>("jc8-dec", "pta-implementation-plan")).Value.GetString("Data0"));
        Assert.Empty(await services.GetRequiredService<ISnapshotStore>().ListAsync().ToListAsync());
    }

    [Fact]
    public async Task HeaderHashIsRecomputableFromTheStoredRows()
    {
        await using var tables = azurite.CreateTables();
        using var services = Services(tables);
        var store = tables.CreateCommitmentStore();
        await store.UpsertAsync(TestCommitments.Bilateral("b-second") with { CreatedAt = Now.AddDays(-3), LastUpdate = new(Now.AddDays(-1), TestCommitments.Karachi.Email, new string('ق', 2000)) });
        await store.UpsertAsync(TestCommitments.Bilateral("a-first") with { CreatedAt = Now.AddDays(-3) });

        var created = Assert.IsType<SnapshotCreateOutcome.Created>(await services.GetRequiredService<CreateSnapshot>().RunAsync("jc8-dec"));

        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var table = tables.Service.GetTableClient(tables.Options.Storage.SnapshotsTable);
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"jc8-dec"}")))
        {
            var json = string.Concat(Enumerable.Range(0, 100).Select(i => row.GetString($"Data{i}")).TakeWhile(p => p is not null));
            hash.AppendData(Encoding.UTF8.GetBytes(json + "\n"));
        }

        Assert.Equal(2, created.Header.Commitments);
        Assert.Equal(Convert.ToHexStringLower(hash.GetHashAndReset()), created.Header.DataSha256);
    }

    [Fact]
    public async Task SnapshotCountsTheRemindersTheLedgerHoldsAsSent()
    {
        await using var tables = azurite.CreateTables();
        using var services = Services(tables);
        await tables.CreateCommitmentStore().UpsertAsync(TestCommitments.Bilateral() with { CreatedAt = Now.AddDays(-30) });
        var ledger = tables.Service.GetTableClient(tables.Options.Storage.SendLedgerTable);
        await ledger.CreateIfNotExistsAsync();
        var partition = EmailAddresses.StorageKey(TestCommitments.Karachi.Email);
        await ledger.AddEntityAsync(new TableEntity(partition, "d|2026-11-20") { ["State"] = "Sent", ["ClaimedAt"] = Now.AddDays(-11), ["Nudges0"] = "2026-11-20|Upcoming|pta-implementation-plan" });
        await ledger.AddEntityAsync(new TableEntity(partition, "d|2026-11-27") { ["State"] = "Failed", ["ClaimedAt"] = Now.AddDays(-4), ["Nudges0"] = "2026-11-27|Upcoming|pta-implementation-plan" });

        Assert.IsType<SnapshotCreateOutcome.Created>(await services.GetRequiredService<CreateSnapshot>().RunAsync("jc8-dec"));

        var row = await services.GetRequiredService<ISnapshotStore>().ReadAsync("jc8-dec").SingleAsync();
        Assert.Equal(1, row.Owners.Single(o => o.Email == TestCommitments.Karachi.Email).RemindersSent);
    }

    [Fact]
    public async Task SnapshotsAreListedNewestAsOfFirst()
    {
        await using var tables = azurite.CreateTables();
        using var services = Services(tables);
        await tables.CreateCommitmentStore().UpsertAsync(TestCommitments.Bilateral() with { CreatedAt = Now.AddDays(-30) });
        var create = services.GetRequiredService<CreateSnapshot>();
        Assert.IsType<SnapshotCreateOutcome.Created>(await create.RunAsync("jc8-oct", Now.AddDays(-20)));
        Assert.IsType<SnapshotCreateOutcome.Created>(await create.RunAsync("jc8-nov", Now.AddDays(-5)));
        Assert.IsType<SnapshotCreateOutcome.Created>(await create.RunAsync("jc8-early", Now.AddDays(-25)));

        var listed = Assert.IsType<SnapshotListOutcome.Listed>(await services.GetRequiredService<ListSnapshots>().RunAsync());

        Assert.Equal(["jc8-nov", "jc8-oct", "jc8-early"], listed.Snapshots.Select(h => h.Name));
    }

    private static ServiceProvider Services(TestTables tables) =>
        tables.BuildServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    private static async Task<List<string>> RawRowsAsync(TestTables tables)
    {
        var rows = new List<string>();
        await foreach (var e in tables.Service.GetTableClient(tables.Options.Storage.SnapshotsTable).QueryAsync<TableEntity>())
        {
            rows.Add($"{e.PartitionKey}|{e.RowKey}|{e.ETag}|{string.Join(",", e.Keys.Order().Select(k => $"{k}={e[k]}"))}");
        }

        return rows;
    }
}
