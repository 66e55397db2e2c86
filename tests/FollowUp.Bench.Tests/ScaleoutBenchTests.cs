using System.Text.Json;

namespace FollowUp.Bench.Tests;

/// <summary>
/// <c>FollowUp.Bench scaleout</c> at a small size, run in-process by the test host with real worker
/// processes on Azurite's queue: the invariants the benchmark reports. Timings are not asserted.
/// </summary>
public sealed class ScaleoutBenchTests(BenchStorage storage) : IClassFixture<BenchStorage>
{
    [Fact]
    public async Task EveryRoundsWorkersSendEachOwnerOwedExactlyOneDigestAndASigkilledRunRepeatedSendsNoDuplicate()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(
            tables.Settings, "scaleout", "--commitments", "200", "--owners", "30", "--workers", "1,2", "--latency-ms", "5", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var owed = json.RootElement.GetProperty("ownersOwed").GetInt32();
        Assert.True(owed > 0, "the seeded data should leave some owner with something due");
        var rounds = json.RootElement.GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal([1, 2], rounds.Select(r => r.GetProperty("workers").GetInt32()));
        Assert.All(rounds, r => Assert.Equal(
            (owed, 0, 0, 0, 0),
            (Int(r, "accepted"), Int(r, "duplicates"), Int(r, "missing"), Int(r, "failed"), Int(r, "poisoned"))));
        Assert.All(rounds, r => Assert.True(r.GetProperty("peakWorkingSetBytes").GetInt64() > 0, "each round's workers report their memory"));

        var kill = json.RootElement.GetProperty("kill");
        Assert.True(Int(kill, "acceptedBeforeKill") >= owed / 3, "the worker is killed once a third of the digests are sent, not before");
        Assert.Equal(0, Int(kill, "duplicates"));
        Assert.True(Int(kill, "missing") <= Int(kill, "leftClaimed"), "an owner left without a digest is one whose claim the killed worker held");
    }

    [Fact]
    public async Task RefusedSendsAreRetriedFailedDigestsGoOutOnTheNextRunAndNoOwnerGetsTwo()
    {
        await using var tables = storage.CreatePrefix();

        // 7 requests in 10 refused: with the transport's 4 attempts about a quarter of the digests fail
        // outright, and most of the rest need a retry. Among 60 owners, none failing is a 1 in 10^7 chance.
        var run = await BenchRun.RunAsync(
            tables.Settings, "scaleout", "--commitments", "300", "--owners", "60", "--due-fraction", "0.5", "--workers", "2",
            "--latency-ms", "0", "--error-rate", "0.7", "--no-kill", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var owed = json.RootElement.GetProperty("ownersOwed").GetInt32();
        var round = Assert.Single(json.RootElement.GetProperty("rounds").EnumerateArray());
        var (accepted, failed, errors) = (Int(round, "accepted"), Int(round, "failed"), round.GetProperty("sendGridErrors").GetInt64());
        Assert.Equal(accepted + errors, round.GetProperty("sendGridRequests").GetInt64());
        Assert.True(failed > 0, "some digests are refused on all four attempts");
        Assert.True(errors > 4 * failed, "some refused attempts are retried and then accepted");
        Assert.Equal((owed - failed, failed, 0), (accepted, Int(round, "missing"), Int(round, "unknown")));
        Assert.Equal(0, Int(round, "poisoned"));

        // A refused digest is released, not left claimed: the next runs send it, once.
        Assert.True(Int(round, "repeatRuns") >= 1);
        Assert.Equal((failed, 0, 0), (Int(round, "sentByRepeats"), Int(round, "duplicates"), Int(round, "missingAfterRepeats")));
    }

    [Fact]
    public async Task AKeptRunsTablesAreReusedWithoutSeedingAgain()
    {
        await using var tables = storage.CreatePrefix();
        string[] size = ["--commitments", "100", "--owners", "12", "--workers", "1", "--latency-ms", "0", "--no-kill", "--format", "json"];

        var first = await BenchRun.RunAsync(tables.Settings, ["scaleout", .. size, "--keep"]);
        Assert.True(first.ExitCode == 0, first.Error);
        using var kept = JsonDocument.Parse(first.Output);
        var id = kept.RootElement.GetProperty("run").GetString()!;

        var again = await BenchRun.RunAsync(tables.Settings, ["scaleout", .. size, "--reuse", id]);

        Assert.True(again.ExitCode == 0, again.Error);
        using var json = JsonDocument.Parse(again.Output);
        Assert.False(json.RootElement.TryGetProperty("seedSeconds", out _), "a reused run seeds nothing");
        var owed = json.RootElement.GetProperty("ownersOwed").GetInt32();
        Assert.True(owed > 0);
        var round = Assert.Single(json.RootElement.GetProperty("rounds").EnumerateArray());
        Assert.Equal((owed, 0, 0), (Int(round, "accepted"), Int(round, "duplicates"), Int(round, "missing")));
        Assert.Empty(await tables.TableNamesAsync());
    }

    [Fact]
    public async Task PlannedByShardsOfTheOwnerIndexEachOwnerOwedStillGetsExactlyOneDigest()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(
            tables.Settings, "scaleout", "--commitments", "200", "--owners", "30", "--workers", "2", "--shards", "4",
            "--latency-ms", "0", "--no-kill", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(4, json.RootElement.GetProperty("settings").GetProperty("shards").GetInt32());
        var owed = json.RootElement.GetProperty("ownersOwed").GetInt32();
        Assert.True(owed > 0);
        var round = Assert.Single(json.RootElement.GetProperty("rounds").EnumerateArray());
        Assert.Equal((owed, owed, 0, 0), (Int(round, "queued"), Int(round, "accepted"), Int(round, "duplicates"), Int(round, "missing")));

        // At least a range read of each of the 64 bucket partitions and a ledger read for each owner owed.
        Assert.True(round.GetProperty("planStorageRequests").GetInt64() >= 64 + owed, "the plan's own requests are counted");
    }

    [Fact]
    public async Task AShardCountOutsideOneToSixtyFourIsRefusedBeforeAnythingIsSeeded()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "scaleout", "--commitments", "10", "--owners", "2", "--shards", "65");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--shards is a shard count from 1 to 64", run.Error, StringComparison.Ordinal);
        Assert.Empty(await tables.TableNamesAsync());
    }

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
