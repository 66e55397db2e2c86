using System.IO.Compression;
using System.Text;
using FollowUp.Core.Backup;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Backup;

/// <summary>A restore that cannot be exact writes nothing, and says why.</summary>
public sealed class RestoreRefusalTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>, IDisposable
{
    private static readonly string[] SeededTables = ["Commitments", "Extra", "LinkRequests", "OwnerIndex", "SendLedger"];

    private readonly string _folder = Directory.CreateTempSubdirectory("followup-restore-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RestoreIntoANonEmptyTableIsRefusedNamingItAndWritesNothing()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context, commitments: 2);
        var file = await ExportAsync(context);
        await context.Table("Commitments").DeleteEntityAsync("commitment-1", "commitment");
        var before = await context.SnapshotAsync();

        var refused = Assert.IsType<RestoreOutcome.TargetsNotEmpty>(await context.Restore.RestoreAsync(file, RestoreMode.EmptyTablesOnly));

        Assert.Equal(
            SeededTables.Select(t => context.Tables.Prefix + t),
            refused.Tables.Order(StringComparer.Ordinal));
        Assert.Equal(before, await context.SnapshotAsync());
    }

    [Fact]
    public async Task OverwriteRestoresIntoANonEmptyTable()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context, commitments: 2);
        var expected = await context.SnapshotAsync();
        var file = await ExportAsync(context);
        await context.Table("Commitments").DeleteEntityAsync("commitment-1", "commitment");

        Assert.IsType<RestoreOutcome.Restored>(await context.Restore.RestoreAsync(file, RestoreMode.Overwrite));

        Assert.Equal(expected, await context.SnapshotAsync());
    }

    [Fact]
    public async Task TruncatedGzipIsRefusedAsTruncatedAndWritesNothing()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context);
        var file = await ExportAsync(context);
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length * 2 / 3)]);
        await context.DeleteTablesAsync();

        var refused = Assert.IsType<RestoreOutcome.Corrupt>(await context.Restore.RestoreAsync(file, RestoreMode.EmptyTablesOnly));

        Assert.Matches("line [0-9]+", refused.Reason);
        Assert.Contains("truncated", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(await context.SnapshotAsync());
    }

    [Fact]
    public async Task ExportMissingItsManifestLineIsRefusedNamingTheLastLine()
    {
        var lines = await LinesOfAnExportAsync();
        var file = await WriteAsync(lines[..^1]);
        await using var target = BackupTestContext.Create(azurite);

        var refused = Assert.IsType<RestoreOutcome.Corrupt>(await target.Restore.RestoreAsync(file, RestoreMode.EmptyTablesOnly));

        Assert.Equal($"the export ends after line {lines.Length - 1} without its manifest line: it is truncated", refused.Reason);
        Assert.Empty(await target.SnapshotAsync());
    }

    [Fact]
    public async Task AlteredRowIsRefusedByTheManifestsHash()
    {
        var lines = await LinesOfAnExportAsync();
        var row = Array.FindIndex(lines, l => l.Contains("\"Progress\":40", StringComparison.Ordinal));
        lines[row] = lines[row].Replace("\"Progress\":40", "\"Progress\":90", StringComparison.Ordinal);
        var file = await WriteAsync(lines);
        await using var target = BackupTestContext.Create(azurite);

        var refused = Assert.IsType<RestoreOutcome.Corrupt>(await target.Restore.RestoreAsync(file, RestoreMode.EmptyTablesOnly));

        Assert.StartsWith($"line {lines.Length}: ", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("SHA-256", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(await target.SnapshotAsync());
    }

    [Fact]
    public async Task DamagedLineIsRefusedWithItsNumber()
    {
        var lines = await LinesOfAnExportAsync();
        lines[3] = lines[3][..^5];
        var file = await WriteAsync(lines);
        await using var target = BackupTestContext.Create(azurite);

        var refused = Assert.IsType<RestoreOutcome.Corrupt>(await target.Restore.RestoreAsync(file, RestoreMode.EmptyTablesOnly));

        Assert.Equal("line 4: not a JSON object (the line is damaged)", refused.Reason);
    }

    [Fact]
    public async Task FileThatIsNotGzipIsRefused()
    {
        var file = Path.Combine(_folder, "notes.jsonl.gz");
        await File.WriteAllTextAsync(file, "{\"followUpExport\":1}\n");
        await using var target = BackupTestContext.Create(azurite);

        var refused = Assert.IsType<RestoreOutcome.Corrupt>(await target.Restore.RestoreAsync(file, RestoreMode.EmptyTablesOnly));

        Assert.Contains("not a gzip file", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownBlobIsNotFoundNamingTheContainer()
    {
        await using var target = BackupTestContext.Create(azurite);

        var missing = Assert.IsType<RestoreOutcome.NotFound>(await target.Restore.RestoreAsync("FollowUp/no-such-export.jsonl.gz", RestoreMode.EmptyTablesOnly));

        Assert.Equal(target.Container, missing.Container);
    }

    private async Task<string> ExportAsync(BackupTestContext context)
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.jsonl.gz");
        Assert.IsType<ExportOutcome.Written>(await context.Export.ToFileAsync(file));
        return file;
    }

    private async Task<string[]> LinesOfAnExportAsync()
    {
        await using var source = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(source, commitments: 1);
        var file = await ExportAsync(source);
        await using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return (await reader.ReadToEndAsync()).TrimEnd('\n').Split('\n');
    }

    private async Task<string> WriteAsync(IEnumerable<string> lines)
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.jsonl.gz");
        await using var gzip = new GZipStream(File.Create(file), CompressionLevel.Fastest);
        await gzip.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));
        return file;
    }
}
