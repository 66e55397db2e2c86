using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using FollowUp.Bench.Measuring;
using FollowUp.Bench.Storage;

namespace FollowUp.Bench.Workspace;

/// <summary>
/// Asks one route over loopback HTTP, one request at a time, as a signed-in viewer: a warm-up
/// request, then the measured ones, each read to its last byte. Counts the host's Table Storage
/// requests meanwhile, which are the route's alone because nothing else runs.
/// </summary>
public sealed class RouteRunner(HttpClient client, RequestCountingPolicy storage)
{
    public async Task<(RouteResult Result, IReadOnlyList<string> Problems)> RunAsync(WorkspaceRoute route, int requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var problems = new List<string>();
        var (warmUp, _, _) = await AskAsync(route, problems, cancellationToken).ConfigureAwait(false);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var times = new List<double>(requests);
        var storageBefore = storage.Count;
        var bytes = 0L;
        int? total = null;
        using var sampler = new PeakSampler();
        for (var i = 0; i < requests; i++)
        {
            var (ms, body, length) = await AskAsync(route, problems, cancellationToken).ConfigureAwait(false);
            times.Add(ms);
            bytes = length;
            if (i == 0 && route.Json && route.PathAndQuery.StartsWith(WorkspaceRoute.ListPath, StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(body);
                total = json.RootElement.GetProperty("total").GetInt32();
            }
        }

        sampler.Stop();
        var storageRequests = storage.Count - storageBefore;
        times.Sort();
        var result = new RouteResult(
            route.Name, route.Format, route.PathAndQuery, requests,
            Percentiles.Of(times, 50), Percentiles.Of(times, 95), times.Count == 0 ? 0 : times[^1], warmUp,
            storageRequests, bytes, total, sampler.PeakHeapBytes, sampler.PeakWorkingSetBytes);
        return (result, problems.Distinct(StringComparer.Ordinal).ToList());
    }

    private async Task<(double Ms, byte[] Body, long Length)> AskAsync(WorkspaceRoute route, List<string> problems, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, route.PathAndQuery);
        request.Headers.Add(SecretariatPrincipal.HeaderName, SecretariatPrincipal.Viewer());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(route.Json ? "application/json" : "text/html"));
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var type = response.Content.Headers.ContentType?.MediaType;
        var expected = route.Json ? "application/json" : "text/html";
        if ((int)response.StatusCode != 200 || !string.Equals(type, expected, StringComparison.Ordinal))
        {
            problems.Add($"{route.Name} ({route.Format}) answered {(int)response.StatusCode} {type}, not 200 {expected}.");
        }

        return (ms, body, body.LongLength);
    }
}
