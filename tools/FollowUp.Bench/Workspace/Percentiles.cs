namespace FollowUp.Bench.Workspace;

/// <summary>Nearest-rank percentiles of a set of durations: the p95 of 50 requests is the 48th fastest.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
