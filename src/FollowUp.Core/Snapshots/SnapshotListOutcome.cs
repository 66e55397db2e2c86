namespace FollowUp.Core.Snapshots;

/// <summary>What <see cref="ListSnapshots"/> found.</summary>
public abstract record SnapshotListOutcome
{
    private SnapshotListOutcome()
    {
    }

    /// <summary>Every complete snapshot, newest as-of time first (then newest created).</summary>
    public sealed record Listed(IReadOnlyList<SnapshotHeader> Snapshots) : SnapshotListOutcome;

    public sealed record StorageFailed(string Reason) : SnapshotListOutcome;
}
