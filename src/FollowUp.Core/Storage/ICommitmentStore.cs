using FollowUp.Core.Commitments;

namespace FollowUp.Core.Storage;

public interface ICommitmentStore
{
    Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams commitments page by page in id order; only one page is held in memory at a time.
    /// </summary>
    IAsyncEnumerable<Commitment> QueryAsync(bool openOnly, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every commitment, as <see cref="QueryAsync"/> streams them, without the prose a view of them
    /// all never shows: <see cref="Commitment.Description"/> and <see cref="Commitment.Source"/> are
    /// null. The workspace's overview and list read thousands of rows, so every column left out counts.
    /// </summary>
    IAsyncEnumerable<Commitment> QuerySummariesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(openOnly: false, cancellationToken);

    /// <summary>
    /// Creates a commitment that must not exist yet, with <paramref name="history"/> as its first
    /// history line in the same transaction when given.
    /// </summary>
    Task<SaveResult> AddAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default);

    /// <summary>Writes the commitment whatever version is stored; for seeding and tools, not for user edits.</summary>
    Task<Commitment> UpsertAsync(Commitment commitment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the commitment if it is still at <see cref="Commitment.Version"/>, appending
    /// <paramref name="history"/> in the same transaction when given.
    /// </summary>
    Task<SaveResult> ReplaceAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="max"/> history entries, newest first.</summary>
    Task<IReadOnlyList<ProgressEntry>> GetHistoryAsync(string id, int max, CancellationToken cancellationToken = default);
}
