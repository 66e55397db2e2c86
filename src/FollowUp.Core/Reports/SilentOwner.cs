using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>An owner that has not answered <see cref="SnapshotOwner.UnansweredReminders"/> reminders on a commitment.</summary>
public sealed record SilentOwner(SnapshotCommitment Commitment, SnapshotOwner Owner);
