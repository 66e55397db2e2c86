using FollowUp.Core.Backup;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Backup;

/// <summary>The backup's whole promise, against Azurite's blob and table services: export, wipe, restore, the same rows.</summary>
public sealed class ExportRestoreRoundTripTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task RestoreAfterWipeBringsBackEveryRowWithEveryPropertyType()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context);
        var before = await context.SnapshotAsync();

        var written = Assert.IsType<ExportOutcome.Written>(await context.Export.ToContainerAsync());
        await context.DeleteTablesAsync();
        Assert.Empty(await context.SnapshotAsync());
        var blobName = written.Destination[(context.Container.Length + 1)..];
        var restored = Assert.IsType<RestoreOutcome.Restored>(await context.Restore.RestoreAsync(blobName, RestoreMode.EmptyTablesOnly));

        var after = await context.SnapshotAsync();
        Assert.Equal(before, after);
        Assert.Equal(before.Values.Sum(rows => rows.Count), restored.Rows);
        var types = Assert.Single(after[context.Tables.Prefix + BackupSeed.TypesTable]);
        foreach (var expected in new[] { "Int32=Int32:-42", "Int64=Int64:9007199254740993", "WholeDouble=Double:2", "Double=Double:0.1", "Flag=Boolean:True", "Empty=String:", "Id=Guid:", "At=DateTimeOffset:", "Bytes=Byte[]:AAEC+v8=" })
        {
            Assert.Contains(expected, types, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ExportFindsEveryTableOfThePrefixIncludingOnesFollowUpDoesNotName()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context, commitments: 1);

        var written = Assert.IsType<ExportOutcome.Written>(await context.Export.ToContainerAsync());

        Assert.Equal(["Commitments", "Extra", "LinkRequests", "OwnerIndex", "SendLedger"], written.Manifest.Rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, written.Manifest.Rows["Commitments"]);
        Assert.Equal(1, written.Manifest.Rows["SendLedger"]);
    }

    [Fact]
    public async Task ExportIsNamedByPrefixAndTimeInTheBackupContainer()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context, commitments: 1);

        var written = Assert.IsType<ExportOutcome.Written>(await context.Export.ToContainerAsync());

        var name = $"{context.Tables.Prefix}/{context.Tables.Prefix}-20261130T023000Z.jsonl.gz";
        Assert.Equal($"{context.Container}/{name}", written.Destination);
        var properties = await context.Blobs.GetBlobClient(name).GetPropertiesAsync();
        Assert.Equal(written.Bytes, properties.Value.ContentLength);
        Assert.Equal("application/gzip", properties.Value.ContentType);
    }

    [Fact]
    public async Task RestoreGoesIntoTheConfiguredPrefixWhateverPrefixTheExportCameFrom()
    {
        await using var source = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(source, commitments: 1);
        var file = Path.Combine(Path.GetTempPath(), $"followup-export-{Guid.NewGuid():N}.jsonl.gz");
        try
        {
            Assert.IsType<ExportOutcome.Written>(await source.Export.ToFileAsync(file));
            await using var target = BackupTestContext.Create(azurite);

            var restored = Assert.IsType<RestoreOutcome.Restored>(await target.Restore.RestoreAsync(file, RestoreMode.EmptyTablesOnly));

            Assert.Equal(source.Tables.Prefix, restored.Export.Prefix);
            Assert.All(restored.Tables, t => Assert.StartsWith(target.Tables.Prefix, t.Table, StringComparison.Ordinal));
            var expected = (await source.SnapshotAsync()).ToDictionary(t => t.Key[source.Tables.Prefix.Length..], t => t.Value);
            var actual = (await target.SnapshotAsync()).ToDictionary(t => t.Key[target.Tables.Prefix.Length..], t => t.Value);
            Assert.Equal(expected, actual);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AHundredAndFiftyHistoryRowsOfOneCommitmentRestoreInSeveralTransactions()
    {
        await using var context = BackupTestContext.Create(azurite);
        var history = context.Table("Commitments");
        await history.CreateIfNotExistsAsync();
        foreach (var chunk in Enumerable.Range(0, 150).Chunk(100))
        {
            await history.SubmitTransactionAsync(chunk.Select(i => new Azure.Data.Tables.TableTransactionAction(
                Azure.Data.Tables.TableTransactionActionType.Add, new Azure.Data.Tables.TableEntity("one-commitment", $"h-{i:D4}") { ["Note"] = new string('x', 30_000) })));
        }

        var before = await context.SnapshotAsync();
        var written = Assert.IsType<ExportOutcome.Written>(await context.Export.ToContainerAsync());
        await context.DeleteTablesAsync();
        var restored = Assert.IsType<RestoreOutcome.Restored>(await context.Restore.RestoreAsync(written.Destination[(context.Container.Length + 1)..], RestoreMode.EmptyTablesOnly));

        Assert.Equal(150, restored.Rows);
        Assert.Equal(before, await context.SnapshotAsync());
    }
}
