using System.Text.Json;

namespace FollowUp.Bench.Tests;

/// <summary>
/// <c>FollowUp.Bench scan</c> at a tiny size: its report must hold the invariants it exists to
/// check. Timings are not asserted; they mean something only on the machine in docs/performance.md.
/// </summary>
public sealed class ScanBenchTests(BenchStorage storage) : IClassFixture<BenchStorage>
{
    [Fact]
    public async Task ScanBenchSendsOneEmailPerOwnerWithSomethingDueAndReadsEverySeededRow()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "scan", "--commitments", "200", "--owners", "10", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var report = json.RootElement;
        var phases = report.GetProperty("phases").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal(200, phases["seed"].GetProperty("items").GetInt64());
        Assert.Equal(200, phases["raw read"].GetProperty("items").GetInt64());
        Assert.InRange(report.GetProperty("open").GetInt32(), 1, 199);
        Assert.Equal(report.GetProperty("open").GetInt32(), phases["filtered read"].GetProperty("items").GetInt64());

        var emails = report.GetProperty("emails").GetInt32();
        Assert.True(emails > 0, "the seeded data should leave some owner with something due");
        Assert.Equal(report.GetProperty("expectedRecipients").GetInt32(), emails);
        Assert.Equal(report.GetProperty("distinctRecipients").GetInt32(), emails);
        Assert.Equal(report.GetProperty("plannedDigests").GetInt32(), emails);
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        Assert.All(phases.Values, p => Assert.True(p.GetProperty("requests").GetInt64() > 0));
    }

    [Fact]
    public async Task ScanBenchDeletesItsTablesUnlessAskedToKeepThem()
    {
        await using var tables = storage.CreatePrefix();

        var deleted = await BenchRun.RunAsync(tables.Settings, "scan", "--commitments", "20", "--owners", "4", "--format", "json");
        var remaining = await tables.TableNamesAsync();
        var kept = await BenchRun.RunAsync(tables.Settings, "scan", "--commitments", "20", "--owners", "4", "--keep", "--format", "json");

        Assert.True(deleted.ExitCode == 0, deleted.Error);
        Assert.Empty(remaining);
        Assert.True(kept.ExitCode == 0, kept.Error);
        using var json = JsonDocument.Parse(kept.Output);
        var prefix = json.RootElement.GetProperty("tablePrefix").GetString()!;
        Assert.StartsWith(tables.Prefix, prefix, StringComparison.Ordinal);
        Assert.Contains(prefix + "Commitments", await tables.TableNamesAsync());
    }

    [Fact]
    public async Task ReusedTablesAreMeasuredAgainWithoutSeedingAndWithAnEmptyLedger()
    {
        await using var tables = storage.CreatePrefix();
        string[] size = ["scan", "--commitments", "60", "--owners", "6", "--keep", "--format", "json"];
        var first = await BenchRun.RunAsync(tables.Settings, size);
        Assert.True(first.ExitCode == 0, first.Error);
        using var firstReport = JsonDocument.Parse(first.Output);
        var prefix = firstReport.RootElement.GetProperty("tablePrefix").GetString()!;
        var runId = prefix[^8..];

        var again = await BenchRun.RunAsync(tables.Settings, [.. size, "--reuse", runId, "--rounds", "3"]);

        // Had the ledger kept the first run's rows, the second real scan would have sent nothing.
        Assert.True(again.ExitCode == 0, again.Error);
        using var json = JsonDocument.Parse(again.Output);
        var report = json.RootElement;
        Assert.Equal(prefix, report.GetProperty("tablePrefix").GetString());
        Assert.DoesNotContain(report.GetProperty("phases").EnumerateArray(), p => p.GetProperty("name").GetString() == "seed");
        Assert.True(report.GetProperty("emails").GetInt32() > 0);
        Assert.Equal(report.GetProperty("expectedRecipients").GetInt32(), report.GetProperty("emails").GetInt32());
        Assert.Empty(report.GetProperty("problems").EnumerateArray());

        // Every round starts from an empty ledger, or the later ones would find nothing to send and fail their checks.
        var rounds = report.GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], rounds.Select(r => r.GetProperty("number").GetInt32()));
        Assert.InRange(report.GetProperty("medianRound").GetInt32(), 1, 3);
        Assert.All(rounds, r => Assert.Equal(5, r.GetProperty("phases").GetArrayLength()));
    }

    [Theory]
    [InlineData("0123abcd", "no tables of bench run 0123abcd")]
    [InlineData("../x", "takes the 8 hex digits")]
    public async Task ReuseOfTablesThatAreNotThereIsAClearError(string runId, string message)
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "scan", "--commitments", "20", "--owners", "4", "--reuse", runId);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanBenchRejectsFractionsThatAddUpToMoreThanOne()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "scan", "--due-fraction", "0.8", "--closed-fraction", "0.5");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("may not exceed 1", run.Error, StringComparison.Ordinal);
    }
}
