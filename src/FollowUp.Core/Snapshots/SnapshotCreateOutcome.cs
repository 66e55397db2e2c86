namespace FollowUp.Core.Snapshots;

/// <summary>What <see cref="CreateSnapshot"/> did.</summary>
public abstract record SnapshotCreateOutcome
{
    private SnapshotCreateOutcome()
    {
    }

    public sealed record Created(SnapshotHeader Header) : SnapshotCreateOutcome;

    /// <summary>The name is not 1-64 lower-case letters, digits and dashes.</summary>
    public sealed record InvalidName(string Name) : SnapshotCreateOutcome;

    /// <summary>A snapshot, or an interrupted attempt at one, already holds the name; it was left as it was.</summary>
    public sealed record NameTaken(string Name) : SnapshotCreateOutcome;

    /// <summary>The as-of instant is later than now: a snapshot cannot freeze the future.</summary>
    public sealed record AsOfInFuture(DateTimeOffset AsOf, DateTimeOffset Now) : SnapshotCreateOutcome;

    public sealed record StorageFailed(string Reason) : SnapshotCreateOutcome;
}
