namespace FollowUp.Core.Snapshots;

/// <summary>Every commitment with its history, streamed in id order: what a snapshot is made from.</summary>
public interface ICommitmentArchive
{
    IAsyncEnumerable<CommitmentRecord> ReadAllAsync(CancellationToken cancellationToken = default);
}
