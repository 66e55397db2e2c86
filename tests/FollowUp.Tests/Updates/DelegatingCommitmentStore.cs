using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Tests.Updates;

/// <summary>The real store, with a test's own steps around the calls it overrides.</summary>
internal abstract class DelegatingCommitmentStore : ICommitmentStore
{
    private ICommitmentStore? _inner;

    protected ICommitmentStore Inner => _inner ?? throw new InvalidOperationException("Wrap a store first.");

    /// <summary>For <see cref="ProgressTestContext"/>'s <c>store</c> parameter.</summary>
    public ICommitmentStore Wrap(ICommitmentStore inner)
    {
        _inner = inner;
        return this;
    }

    public virtual Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default) => Inner.GetAsync(id, cancellationToken);

    public IAsyncEnumerable<Commitment> QueryAsync(bool openOnly, CancellationToken cancellationToken = default) => Inner.QueryAsync(openOnly, cancellationToken);

    public virtual Task<SaveResult> AddAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default) => Inner.AddAsync(commitment, history, cancellationToken);

    public Task<Commitment> UpsertAsync(Commitment commitment, CancellationToken cancellationToken = default) => Inner.UpsertAsync(commitment, cancellationToken);

    public virtual Task<SaveResult> ReplaceAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default) =>
        Inner.ReplaceAsync(commitment, history, cancellationToken);

    public Task<IReadOnlyList<ProgressEntry>> GetHistoryAsync(string id, int max, CancellationToken cancellationToken = default) =>
        Inner.GetHistoryAsync(id, max, cancellationToken);
}
