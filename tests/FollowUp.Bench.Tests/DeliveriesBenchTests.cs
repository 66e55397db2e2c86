using System.Text.Json;

namespace FollowUp.Bench.Tests;

/// <summary><c>FollowUp.Bench deliveries</c> at a tiny size: every event lands on its digest, each digest reads back in its events' state, and nothing is left behind. Timings are not asserted.</summary>
public sealed class DeliveriesBenchTests(BenchStorage storage) : IClassFixture<BenchStorage>
{
    [Fact]
    public async Task DeliveriesBenchRecordsEveryEventOnItsDigestAndRemovesItsTables()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "deliveries", "--digests", "20", "--events", "40", "--batch", "7", "--bounce-every", "10", "--lag", "3", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var report = json.RootElement;
        var phases = report.GetProperty("phases").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal(20, phases["seed"].GetProperty("items").GetInt64());
        Assert.Equal(40, phases["events"].GetProperty("items").GetInt64());
        Assert.True(phases["events"].GetProperty("requests").GetInt64() > 0);
        Assert.Equal((6, 40L, 0L), (report.GetProperty("batches").GetInt32(), report.GetProperty("matched").GetInt64(), report.GetProperty("unmatched").GetInt64()));
        var states = report.GetProperty("statesByDigest").EnumerateObject().ToDictionary(s => s.Name, s => s.Value.GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["delivered"] = 18, ["bounced"] = 2 }, states);
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        Assert.Empty(await tables.TableNamesAsync());
    }

    [Fact]
    public async Task DeliveriesBenchRefusesABatchSizeOfZeroNamingTheOption()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "deliveries", "--batch", "0");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--batch must be at least 1.", run.Error, StringComparison.Ordinal);
        Assert.Empty(await tables.TableNamesAsync());
    }
}
