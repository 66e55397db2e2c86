using FollowUp.Bench.Measuring;

namespace FollowUp.Bench.Scan;

/// <summary>
/// One round of the measured phases (raw read, filtered read, store read, dry run, scan), back to
/// back, so that each ratio compares phases that ran under the same load.
/// </summary>
public sealed record ScanBenchRound(
    int Number,
    IReadOnlyList<PhaseResult> Phases,
    double DryRunToRawRead,
    double ScanToRawRead,
    double ScanToFilteredRead);
