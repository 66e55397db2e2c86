namespace FollowUp.Bench.Scan;

/// <summary>The phases' names as the report prints them, and as the checks find them.</summary>
public static class ScanPhaseNames
{
    public const string Seed = "seed";

    public const string RawRead = "raw read";

    public const string FilteredRead = "filtered read";

    public const string StoreRead = "store read";

    public const string DryRun = "scan (dry run)";

    public const string Scan = "scan";
}
