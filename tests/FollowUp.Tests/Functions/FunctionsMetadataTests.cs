using System.Text.Json;
using FollowUp.Core.Links;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Functions;

/// <summary>Checks the bindings the Functions SDK generated, which is what the host actually runs.</summary>
public sealed class FunctionsMetadataTests
{
    private static JsonElement Function(string name)
    {
        // Same configuration as this test assembly: bin/Debug or bin/Release.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = RepositoryFiles.Path("src", "FollowUp.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build src/FollowUp.Functions first");
        using var metadata = JsonDocument.Parse(File.ReadAllText(path));
        return metadata.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name).Clone();
    }

    [Fact]
    public void ReminderScanTimerReadsItsScheduleFromSettings()
    {
        var timer = Function("ReminderScan").GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "timerTrigger");

        Assert.Equal("%FollowUp:ScanSchedule%", timer.GetProperty("schedule").GetString());
    }

    [Fact]
    public void ReminderScanDoesNotRunOnStartup()
    {
        var timer = Function("ReminderScan").GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "timerTrigger");

        // RunOnStartup would send a scan on every cold start and scale-out of a consumption plan.
        Assert.False(timer.TryGetProperty("runOnStartup", out var onStartup) && onStartup.GetBoolean());
    }

    [Theory]
    [InlineData("Progress", LinkRoutes.Progress)]
    [InlineData("FreshLink", LinkRoutes.FreshLink)]
    public void OwnerRoutesAreAnonymousOnTheSharedRouteAndTakeEveryMethod(string function, string route)
    {
        var http = Function(function).GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");

        // The signed token is the credential; a function key in the link would add nothing and leak the key.
        Assert.Equal("Anonymous", http.GetProperty("authLevel").GetString());
        Assert.Equal(route, http.GetProperty("route").GetString());

        // Wrong methods must reach the endpoint, which answers 405 with Allow and the security headers.
        Assert.Superset(
            new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "GET", "POST", "PUT", "DELETE" },
            http.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}
