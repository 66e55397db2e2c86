using System.Text.Json;
using Azure.Storage.Blobs;

namespace FollowUp.Bench.Tests;

/// <summary><c>FollowUp.Bench export</c> at a tiny size: it exports every seeded row, and leaves nothing behind. Timings are not asserted.</summary>
public sealed class ExportBenchTests(BenchStorage storage) : IClassFixture<BenchStorage>
{
    [Fact]
    public async Task ExportBenchExportsEveryCommitmentAndHistoryRowAndRemovesItsTablesAndContainer()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "export", "--commitments", "30", "--history", "2", "--owners", "4", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var report = json.RootElement;
        var phases = report.GetProperty("phases").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal(90, phases["seed"].GetProperty("items").GetInt64());
        Assert.Equal(90, phases["export"].GetProperty("items").GetInt64());
        Assert.Equal(90, report.GetProperty("rowsByTable").GetProperty("Commitments").GetInt64());
        Assert.True(report.GetProperty("bytes").GetInt64() > 0);
        Assert.Empty(report.GetProperty("problems").EnumerateArray());

        Assert.Empty(await tables.TableNamesAsync());
        var container = report.GetProperty("destination").GetString()!.Split('/')[0];
        Assert.False(await new BlobServiceClient(storage.ConnectionString).GetBlobContainerClient(container).ExistsAsync());
    }
}
