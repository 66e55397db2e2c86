namespace FollowUp.Core.Snapshots;

/// <summary>What a snapshot write did.</summary>
public abstract record SnapshotWrite
{
    private SnapshotWrite()
    {
    }

    public sealed record Written(SnapshotHeader Header) : SnapshotWrite;

    /// <summary>Another snapshot (or an interrupted attempt at one) holds the name; nothing was changed.</summary>
    public sealed record NameTaken(string Name) : SnapshotWrite;
}
