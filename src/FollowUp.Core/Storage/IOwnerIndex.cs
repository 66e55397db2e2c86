namespace FollowUp.Core.Storage;

/// <summary>One owner address in the owner index: its storage key and the commitments listed for it, in id order.</summary>
/// <param name="CommitmentIds">Hints, not facts: the index is not written atomically with the commitments, so a reader re-reads each.</param>
public sealed record IndexedOwner(string OwnerKey, IReadOnlyList<string> CommitmentIds);

/// <summary>The owner index read by shard, for a scan whose read is split (<c>Storage/OwnerIndex</c>).</summary>
public interface IOwnerIndex
{
    /// <summary>Every owner of the shard's buckets, bucket by bucket, each with all its rows.</summary>
    IAsyncEnumerable<IndexedOwner> ReadAsync(OwnerIndexShard shard, CancellationToken cancellationToken = default);
}
