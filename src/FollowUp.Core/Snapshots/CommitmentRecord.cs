using FollowUp.Core.Commitments;

namespace FollowUp.Core.Snapshots;

/// <summary>A commitment's current state and its whole history, newest line first.</summary>
public sealed record CommitmentRecord(Commitment Commitment, IReadOnlyList<ProgressEntry> History);
