using System.Text.Json;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Functions;

/// <summary>
/// The Functions host's own telemetry (its request items, its proxy call into the worker) never
/// passes the worker's processor; host.json is the only control FollowUp has over it.
/// </summary>
public sealed class HostJsonTelemetryTests
{
    private static JsonElement ApplicationInsights()
    {
        using var hostJson = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path("src", "FollowUp.Functions", "host.json")));
        return hostJson.RootElement.GetProperty("logging").GetProperty("applicationInsights").Clone();
    }

    [Fact]
    public void HostRequestTelemetryDropsTheQueryStringThatCarriesTheToken()
    {
        // The host strips the query from request URLs unless this is true; pinned so nobody turns it on.
        Assert.False(ApplicationInsights().GetProperty("enableQueryStringTracing").GetBoolean());
    }

    [Fact]
    public void HostDoesNotTrackItsOwnCallsAsDependencies()
    {
        // The host forwards each request, query and all, to the worker over loopback HTTP.
        Assert.False(ApplicationInsights().GetProperty("enableDependencyTracking").GetBoolean());
    }
}
