using FollowUp.Bench.Measuring;

namespace FollowUp.Bench.Report;

/// <summary>What <c>FollowUp.Bench report</c> measured; <see cref="Problems"/> is empty when every report held every seeded commitment.</summary>
/// <param name="Phases">The seed, the snapshot, then one per format: the report read from the snapshot and written, as <c>followup report</c> does.</param>
/// <param name="BytesByFormat">Each report's size as written.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set over the whole run, seeding included.</param>
public sealed record ReportBenchReport(
    ReportBenchSettings Settings,
    string TablePrefix,
    string Machine,
    IReadOnlyList<PhaseResult> Phases,
    IReadOnlyDictionary<string, long> BytesByFormat,
    long PeakWorkingSetBytes,
    IReadOnlyList<string> Problems)
{
    public const double TargetSeconds = 10;

    public const long TargetBytes = 300L * 1024 * 1024;
}
