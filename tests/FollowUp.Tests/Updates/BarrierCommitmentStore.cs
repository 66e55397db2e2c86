using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Tests.Updates;

/// <summary>
/// Holds the first <paramref name="readers"/> reads until all of them have read, so that every one
/// of those requests goes on to write from the same version; counts what the real store answered.
/// </summary>
internal sealed class BarrierCommitmentStore(int readers) : DelegatingCommitmentStore
{
    private readonly TaskCompletionSource _allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;
    private int _saved;
    private int _conflicts;

    public int Saved => Volatile.Read(ref _saved);

    public int Conflicts => Volatile.Read(ref _conflicts);

    public override async Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var commitment = await Inner.GetAsync(id, cancellationToken);
        var read = Interlocked.Increment(ref _reads);
        if (read == readers)
        {
            _allRead.SetResult();
        }

        if (read <= readers)
        {
            await _allRead.Task.WaitAsync(cancellationToken);
        }

        return commitment;
    }

    public override async Task<SaveResult> ReplaceAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default)
    {
        var result = await Inner.ReplaceAsync(commitment, history, cancellationToken);
        Interlocked.Increment(ref result is SaveResult.Saved ? ref _saved : ref _conflicts);
        return result;
    }
}
