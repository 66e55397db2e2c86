using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>A commitment whose due date differs from the earlier snapshot's, with the moves (and reasons) recorded in between.</summary>
public sealed record DueDateChange(SnapshotCommitment Commitment, DateOnly From, DateOnly To, IReadOnlyList<DueDateMove> Moves);
