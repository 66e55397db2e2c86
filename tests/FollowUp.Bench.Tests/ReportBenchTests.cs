using System.Text.Json;

namespace FollowUp.Bench.Tests;

/// <summary><c>FollowUp.Bench report</c> at a tiny size: every format holds every seeded commitment, and nothing is left behind. Timings are not asserted.</summary>
public sealed class ReportBenchTests(BenchStorage storage) : IClassFixture<BenchStorage>
{
    [Fact]
    public async Task ReportBenchWritesEveryCommitmentInEachFormatAndRemovesItsTables()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "report", "--commitments", "25", "--history", "2", "--owners", "4", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var report = json.RootElement;
        var phases = report.GetProperty("phases").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("items").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["seed"] = 75, ["snapshot"] = 25, ["html"] = 25, ["xlsx"] = 25, ["docx"] = 25, ["csv"] = 25 }, phases);
        Assert.All(report.GetProperty("bytesByFormat").EnumerateObject(), f => Assert.True(f.Value.GetInt64() > 0, f.Name));
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        Assert.Empty(await tables.TableNamesAsync());
    }
}
