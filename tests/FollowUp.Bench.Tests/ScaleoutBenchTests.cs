using System.Text.Json;

namespace FollowUp.Bench.Tests;

/// <summary>
/// <c>FollowUp.Bench scaleout</c> at a tiny size, with real worker processes on Azurite's queue: every
/// round must deliver one digest to each owner owed one. Timings are not asserted.
/// </summary>
public sealed class ScaleoutBenchTests(BenchStorage storage) : IClassFixture<BenchStorage>
{
    [Fact]
    public async Task EveryRoundsWorkerProcessesSendEachOwnerOwedExactlyOneDigest()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(
            tables.Settings, "scaleout", "--commitments", "60", "--owners", "6", "--workers", "1,2", "--latency-ms", "0", "--no-kill", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var owed = json.RootElement.GetProperty("ownersOwed").GetInt32();
        Assert.True(owed > 0, "the seeded data should leave some owner with something due");
        var rounds = json.RootElement.GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal([1, 2], rounds.Select(r => r.GetProperty("workers").GetInt32()));
        Assert.All(rounds, r => Assert.Equal(
            (owed, 0, 0),
            (r.GetProperty("accepted").GetInt32(), r.GetProperty("duplicates").GetInt32(), r.GetProperty("missing").GetInt32())));
        Assert.All(rounds, r => Assert.True(r.GetProperty("peakWorkingSetBytes").GetInt64() > 0, "each round's workers report their memory"));
    }
}
