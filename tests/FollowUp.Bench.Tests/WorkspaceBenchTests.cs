using System.Text.Json;

namespace FollowUp.Bench.Tests;

/// <summary><c>FollowUp.Bench workspace</c> at a tiny size: every route answers over HTTP, the lists hold what was seeded, and nothing is left behind. Timings are not asserted.</summary>
public sealed class WorkspaceBenchTests(BenchStorage storage) : IClassFixture<BenchStorage>
{
    [Fact]
    public async Task WorkspaceBenchAsksEveryRouteOverHttpAndRemovesItsTables()
    {
        await using var tables = storage.CreatePrefix();

        var run = await BenchRun.RunAsync(tables.Settings, "workspace", "--commitments", "60", "--owners", "40", "--requests", "2", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var report = json.RootElement;
        Assert.Equal(120, report.GetProperty("seed").GetProperty("items").GetInt64());
        var routes = report.GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(10, routes.Count);
        Assert.All(routes, r => Assert.Equal(2, r.GetProperty("requests").GetInt32()));
        Assert.All(routes, r => Assert.True(r.GetProperty("storageRequests").GetInt64() > 0, r.GetProperty("pathAndQuery").GetString()));
        var totals = routes.Where(r => r.TryGetProperty("total", out _)).ToDictionary(r => r.GetProperty("pathAndQuery").GetString()!, r => r.GetProperty("total").GetInt32());
        Assert.Equal(60, totals["/api/secretariat/commitments"]);
        Assert.All(totals.Values, t => Assert.InRange(t, 1, 60));
        Assert.Empty(report.GetProperty("problems").EnumerateArray());
        Assert.Empty(await tables.TableNamesAsync());
    }
}
