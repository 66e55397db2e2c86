using FollowUp.Tests.Cli;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Backup;

/// <summary><c>followup export</c> and <c>followup restore</c> as an operator runs them: one clear line and exit 1 for anything wrong.</summary>
public sealed class BackupCommandTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("followup-backup-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ExportToTheContainerThenRestoreByBlobNameRoundTrips()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context, commitments: 2);
        var before = await context.SnapshotAsync();

        // 14: the seed's one fresh-link claim is two rows, its commitment's and its address's day
        // count; and each commitment's two owners have a row each in the owner index.
        var export = await CliRun.RunAsync(context.Settings, context.Time, "export");
        await context.DeleteTablesAsync();
        var blob = export.Output.Split(" to ")[1].Split(" (")[0][(context.Container.Length + 1)..];
        var restore = await CliRun.RunAsync(context.Settings, "restore", blob);

        Assert.Equal((0, ""), (export.ExitCode, export.Error));
        Assert.StartsWith("Exported 14 rows of 5 tables", export.Output, StringComparison.Ordinal);
        Assert.Equal((0, ""), (restore.ExitCode, restore.Error));
        Assert.Contains($"restored {context.Tables.Prefix}Commitments", restore.Output, StringComparison.Ordinal);
        Assert.Contains("Owner index rebuilt from 2 open commitments: 4 rows written, 0 stale rows removed.", restore.Output, StringComparison.Ordinal);

        // The rebuild stamps the index rows it rewrites; every other row comes back as it was.
        var after = await context.SnapshotAsync();
        var index = context.Tables.Prefix + "OwnerIndex";
        Assert.Equal(before[index].Count, after[index].Count);
        before.Remove(index);
        after.Remove(index);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task RestoreRebuildsTheOwnerIndexAnExportDidNotHold()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context, commitments: 2);

        // As from a deployment older than the index: the export has no such table.
        await context.Table("OwnerIndex").DeleteAsync();
        var file = Path.Combine(_folder, "export.jsonl.gz");
        Assert.Equal(0, (await CliRun.RunAsync(context.Settings, "export", "--output", file)).ExitCode);
        await context.DeleteTablesAsync();
        var restore = await CliRun.RunAsync(context.Settings, "restore", file);

        Assert.Equal((0, ""), (restore.ExitCode, restore.Error));
        Assert.Contains("Owner index rebuilt from 2 open commitments: 4 rows written, 0 stale rows removed.", restore.Output, StringComparison.Ordinal);
        Assert.Equal(4, (await context.SnapshotAsync())[context.Tables.Prefix + "OwnerIndex"].Count);
    }

    [Fact]
    public async Task RestoreIntoTablesWithRowsNamesThemAndTheOverrideFlag()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context, commitments: 1);
        var file = Path.Combine(_folder, "export.jsonl.gz");
        Assert.Equal(0, (await CliRun.RunAsync(context.Settings, "export", "--output", file)).ExitCode);

        var refused = await CliRun.RunAsync(context.Settings, "restore", file);
        var overwritten = await CliRun.RunAsync(context.Settings, "restore", file, "--overwrite");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith($"Nothing was restored: {context.Tables.Prefix}Commitments, ", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--overwrite", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, overwritten.ExitCode);
    }

    [Fact]
    public async Task ExportRefusesToReplaceAnExistingFile()
    {
        await using var context = BackupTestContext.Create(azurite);
        var file = Path.Combine(_folder, "taken.jsonl.gz");
        await File.WriteAllTextAsync(file, "keep me");

        var result = await CliRun.RunAsync(context.Settings, "export", "--output", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file} already exists", result.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task RestoreOfSomethingThatIsNeitherFileNorBlobSaysSoWithoutAStackTrace()
    {
        await using var context = BackupTestContext.Create(azurite);

        var result = await CliRun.RunAsync(context.Settings, "restore", "no-such-export.jsonl.gz");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"no-such-export.jsonl.gz: no such file, and no blob of that name in container {context.Container}; nothing was restored.", result.Error.Trim());
    }

    [Fact]
    public async Task ConnectionStringWithoutABlobEndpointIsNamedAsTheProblem()
    {
        await using var context = BackupTestContext.Create(azurite);
        var tablesOnly = string.Join(';', context.Tables.ConnectionString.Split(';').Where(p => !p.StartsWith("BlobEndpoint=", StringComparison.OrdinalIgnoreCase)));
        if (!tablesOnly.Contains("TableEndpoint=", StringComparison.OrdinalIgnoreCase))
        {
            tablesOnly = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1";
        }

        var result = await CliRun.RunAsync(context.Settings, "export", "--connection", tablesOnly);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("FollowUp:Storage:ConnectionString names a TableEndpoint but no BlobEndpoint", result.Error, StringComparison.Ordinal);
    }
}
