namespace FollowUp.Core.Snapshots;

/// <summary>
/// Snapshots, written once and never changed: a snapshot's rows, then its header. A name that is
/// taken (complete or not) is refused, and nothing of it is rewritten.
/// </summary>
public interface ISnapshotStore
{
    Task<SnapshotWrite> CreateAsync(SnapshotHeader header, IReadOnlyList<SnapshotCommitment> rows, CancellationToken cancellationToken = default);

    Task<SnapshotHeader?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Complete snapshots, by name.</summary>
    IAsyncEnumerable<SnapshotHeader> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>A snapshot's rows in commitment-id order, the order they are hashed in.</summary>
    IAsyncEnumerable<SnapshotCommitment> ReadAsync(string name, CancellationToken cancellationToken = default);
}
