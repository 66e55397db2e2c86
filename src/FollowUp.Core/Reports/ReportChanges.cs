using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>What changed since the earlier snapshot <paramref name="Since"/>.</summary>
/// <param name="NewlySilent">Owners with at least the report's silent threshold unanswered, more than at the earlier snapshot.</param>
public sealed record ReportChanges(
    string Since,
    DateTimeOffset SinceAsOf,
    IReadOnlyList<SnapshotCommitment> NewlyCompleted,
    IReadOnlyList<SnapshotCommitment> NewlyOverdue,
    IReadOnlyList<DueDateChange> DueDatesMoved,
    IReadOnlyList<SilentOwner> NewlySilent);
