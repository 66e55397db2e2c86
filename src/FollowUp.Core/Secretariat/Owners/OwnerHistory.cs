using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat.Owners;

/// <summary>The history line an action on a ministry leaves on a commitment: who, why, and what went out; status and progress unchanged.</summary>
internal static class OwnerHistory
{
    /// <summary>Attempts at the line when the commitment changes under it; the message has gone out by then.</summary>
    private const int Attempts = 5;

    public static async Task RecordAsync(ICommitmentStore store, TimeProvider time, Commitment commitment, string note, string by, string reason, CancellationToken cancellationToken)
    {
        var current = commitment;
        for (var attempt = 0; attempt < Attempts && current is not null; attempt++)
        {
            var line = new ProgressEntry(time.GetUtcNow(), by, current.Status, current.Status, current.Progress, current.Progress, note, Source: ProgressSource.Secretariat, Reason: reason);
            if (await store.ReplaceAsync(current, line, cancellationToken).ConfigureAwait(false) is not SaveResult.Conflict)
            {
                return;
            }

            current = await store.GetAsync(commitment.Id, cancellationToken).ConfigureAwait(false);
        }
    }
}
