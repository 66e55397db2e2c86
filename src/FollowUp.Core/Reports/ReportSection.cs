using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>One sector's (or country's) commitments, by due date.</summary>
public sealed record ReportSection(string Title, IReadOnlyList<SnapshotCommitment> Commitments);
