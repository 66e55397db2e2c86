using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>The report for the next session, whatever its format: every writer prints exactly this.</summary>
/// <param name="Changes"><c>null</c> when there is no earlier snapshot to compare with.</param>
/// <param name="Rows">Every commitment, in id order: the flat sheet and the CSV.</param>
public sealed record ReportData(
    ReportFooter Footer,
    ReportSummary Summary,
    ReportChanges? Changes,
    ReportGrouping GroupBy,
    IReadOnlyList<ReportSection> Sections,
    ReportDataQuality DataQuality,
    int SilentAfter,
    IReadOnlyList<SnapshotCommitment> Rows);
