using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;
using FollowUp.Core.Storage;
using FollowUp.Tests.Import;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Storage;

public sealed class OwnerIndexTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly ResponsibleParty Trade = new("Ministry of Trade", "Trade.Desk@Example.org", "Asia/Karachi", OwnerRole.Counterpart);

    [Fact]
    public void BucketIsStableAndIgnoresHowTheAddressIsSpelt()
    {
        // Pinned: a bucket that moved between releases would hide owners from their shard.
        Assert.Equal(20, OwnerIndexKeys.BucketOf("commerce.pk@example.org"));
        Assert.Equal(OwnerIndexKeys.BucketOf("commerce.pk@example.org"), OwnerIndexKeys.BucketOf("  Commerce.PK@Example.org "));
    }

    [Fact]
    public async Task CreatingEditingOwnersAndClosingKeepOneRowPerOwnerOfEachOpenCommitment()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var created = Assert.IsType<SaveResult.Saved>(await store.AddAsync(TestCommitments.Bilateral())).Commitment;
        Assert.Equal(Expected(created), await RowsAsync(tables));

        var edited = Assert.IsType<SaveResult.Saved>(await store.ReplaceAsync(created with { Owners = [TestCommitments.Karachi, Trade] })).Commitment;
        Assert.Equal(Expected(edited), await RowsAsync(tables));

        var upserted = await store.UpsertAsync(edited with { Owners = [Trade] });
        Assert.Equal(Expected(upserted), await RowsAsync(tables));

        Assert.IsType<SaveResult.Saved>(await store.ReplaceAsync(upserted with { Status = CommitmentStatus.Completed }));
        Assert.Empty(await RowsAsync(tables));
    }

    [Fact]
    public async Task ReimportingWithAnotherOwnerMovesTheRow()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero)));
        var file = "[" + ImportTestFiles.ValidJsonRow + "]";
        Assert.True((await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync(file))).Succeeded);

        var moved = file.Replace("customs.az@example.org", "edi.desk@example.org", StringComparison.Ordinal);
        Assert.True((await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync(moved))).Succeeded);

        Assert.Equal(Expected((await store.GetAsync("customs-edi-mou"))!), await RowsAsync(tables));
        Assert.DoesNotContain(await RowsAsync(tables), row => row.Contains("customs.az", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWriteThatLosesItsVersionRemovesNoRow()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var created = Assert.IsType<SaveResult.Saved>(await store.AddAsync(TestCommitments.Bilateral())).Commitment;
        await store.ReplaceAsync(created with { Title = "Edited elsewhere" });

        Assert.IsType<SaveResult.Conflict>(await store.ReplaceAsync(created with { Owners = [Trade] }));

        // The stale write's new owner may stay as a hint; the stored owners must all still be there.
        Assert.Superset(Expected(created), await RowsAsync(tables));
    }

    [Fact]
    public async Task ReindexRepairsABrokenIndexAndIsIdempotent()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var open = new List<Commitment>();
        for (var i = 0; i < 5; i++)
        {
            open.Add(await store.UpsertAsync(TestCommitments.Bilateral($"commitment-{i}")));
        }

        await store.UpsertAsync(TestCommitments.Bilateral("closed-one") with { Status = CommitmentStatus.Cancelled });
        var index = tables.Service.GetTableClient(tables.Options.Storage.OwnerIndexTable);
        var lost = OwnerIndexTable.Row(TestCommitments.Baku.Email, "commitment-3");
        await index.DeleteEntityAsync(lost.PartitionKey, lost.RowKey);
        await index.UpsertEntityAsync(OwnerIndexTable.Row(Trade.Email, "commitment-1"));
        await index.UpsertEntityAsync(OwnerIndexTable.Row(Trade.Email, "no-such-commitment"));
        await index.UpsertEntityAsync(OwnerIndexTable.Row(TestCommitments.Karachi.Email, "closed-one"));
        var rebuild = new OwnerIndexRebuild(store, tables.Service, Options.Create(tables.Options));

        var first = await rebuild.RunAsync();
        var again = await rebuild.RunAsync();

        var expected = open.SelectMany(Expected).ToHashSet();
        Assert.Equal(expected, await RowsAsync(tables));
        Assert.Equal((5, 10, 3), (first.Commitments, first.Written, first.Removed));
        Assert.Equal((5, 10, 0), (again.Commitments, again.Written, again.Removed));
    }

    private static HashSet<string> Expected(Commitment commitment) =>
        [.. commitment.Owners.Select(o => $"{OwnerIndexKeys.PartitionFor(o.Email)} {OwnerIndexKeys.RowKeyFor(o.Email, commitment.Id)}")];

    private static async Task<HashSet<string>> RowsAsync(TestTables tables)
    {
        var rows = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in tables.Service.GetTableClient(tables.Options.Storage.OwnerIndexTable).QueryAsync<TableEntity>())
        {
            rows.Add($"{row.PartitionKey} {row.RowKey}");
        }

        return rows;
    }
}
