using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Tests.Updates;

/// <summary>Cancels the commitment, as an import by the secretariat would, just before an owner's update is written.</summary>
internal sealed class ClosingCommitmentStore : DelegatingCommitmentStore
{
    public override async Task<SaveResult> ReplaceAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default)
    {
        var stored = await Inner.GetAsync(commitment.Id, cancellationToken);
        await Inner.UpsertAsync(stored! with { Status = CommitmentStatus.Cancelled }, cancellationToken);
        return await Inner.ReplaceAsync(commitment, history, cancellationToken);
    }
}
