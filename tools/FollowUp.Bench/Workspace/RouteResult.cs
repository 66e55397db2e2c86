namespace FollowUp.Bench.Workspace;

/// <summary>What asking one route <see cref="Requests"/> times cost, the warm-up request excluded.</summary>
/// <param name="StorageRequests">Table Storage requests the host sent while answering them, retries included.</param>
/// <param name="Total">The JSON list's <c>total</c> (rows that matched), or null for a page or the overview.</param>
/// <param name="PeakHeapBytes">The largest managed heap sampled while the route was asked, garbage included.</param>
public sealed record RouteResult(
    string Name,
    string Format,
    string PathAndQuery,
    int Requests,
    double P50Ms,
    double P95Ms,
    double MaxMs,
    double WarmUpMs,
    long StorageRequests,
    long ResponseBytes,
    int? Total,
    long PeakHeapBytes,
    long PeakWorkingSetBytes)
{
    public double StorageRequestsPerRequest => Requests == 0 ? 0 : (double)StorageRequests / Requests;
}
