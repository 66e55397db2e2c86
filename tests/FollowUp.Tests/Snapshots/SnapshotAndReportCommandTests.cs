using FollowUp.Tests.Cli;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Snapshots;

/// <summary>followup snapshot and followup report, in-process against Azurite, from the sample data.</summary>
public sealed class SnapshotAndReportCommandTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>, IDisposable
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
    private readonly string _directory = Directory.CreateTempSubdirectory("followup-report-").FullName;

    [Fact]
    public async Task SampleDataGivesASnapshotAndAReportInAllFourFormats()
    {
        await using var tables = azurite.CreateTables();
        Assert.Equal(0, (await CliRun.RunAsync(tables.Settings, Time, "import", RepositoryFiles.Path("samples", "joint-commission-8.json"))).ExitCode);

        var created = await CliRun.RunAsync(tables.Settings, Time, "snapshot", "create", "jc8-dec");
        var listed = await CliRun.RunAsync(tables.Settings, Time, "snapshot", "list");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("jc8-dec", listed.Output, StringComparison.Ordinal);
        foreach (var format in new[] { "html", "xlsx", "docx", "csv" })
        {
            var file = Path.Combine(_directory, "report." + format);
            var run = await CliRun.RunAsync(tables.Settings, Time, "report", "--snapshot", "jc8-dec", "--format", format, "--output", file);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.True(new FileInfo(file).Length > 0);
        }
    }

    [Fact]
    public async Task ReportOnAnUnknownSnapshotIsRefusedAndWritesNothing()
    {
        await using var tables = azurite.CreateTables();
        var file = Path.Combine(_directory, "report.html");

        var run = await CliRun.RunAsync(tables.Settings, Time, "report", "--snapshot", "jc7", "--format", "html", "--output", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There is no snapshot named jc7", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task ReportRefusesAnOutputFileThatExists()
    {
        await using var tables = azurite.CreateTables();
        var file = Path.Combine(_directory, "kept.csv");
        await File.WriteAllTextAsync(file, "keep me");

        var run = await CliRun.RunAsync(tables.Settings, Time, "report", "--format", "csv", "--output", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task ReportRefusesAnUnknownFormat()
    {
        await using var tables = azurite.CreateTables();

        var run = await CliRun.RunAsync(tables.Settings, Time, "report", "--format", "pdf", "--output", Path.Combine(_directory, "report.pdf"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pdf", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnapshotNameThatIsTakenIsRefusedWithExitOne()
    {
        await using var tables = azurite.CreateTables();
        Assert.Equal(0, (await CliRun.RunAsync(tables.Settings, Time, "snapshot", "create", "jc8-dec")).ExitCode);

        var again = await CliRun.RunAsync(tables.Settings, Time, "snapshot", "create", "jc8-dec");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("A snapshot named jc8-dec exists", again.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
