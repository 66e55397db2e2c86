namespace FollowUp.Core.Reports;

/// <summary>What every format prints last: where the data came from, and its SHA-256 (<see cref="Snapshots.SnapshotHash"/>).</summary>
/// <param name="Snapshot">The snapshot's name; <c>null</c> for live data.</param>
/// <param name="Since">The snapshot compared with; <c>null</c> when there was none.</param>
public sealed record ReportFooter(DateTimeOffset AsOf, string? Snapshot, string? Since, DateTimeOffset GeneratedAt, string DataSha256, int Commitments);
