using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Reminders;

/// <summary>
/// What the full read finds, found for the owners of one shard of the owner index instead. Each
/// owner's commitments are point-read in id order (the full read's order) and fed to a scan of the
/// owner's own, so its clock is set by the same commitment as in the full read, whichever buckets
/// its co-owners sit in. Index rows are hints: a commitment gone, closed or no longer listing the
/// owner is passed over, and a row the index misses is an owner the shard cannot see, which is
/// why the full read stays the default until <c>followup reindex</c> has run.
/// </summary>
internal static class ShardCandidates
{
    public static async Task<(int Scanned, Dictionary<string, List<ReminderCandidate>> ByOwner)> FindAsync(
        IOwnerIndex index, ICommitmentStore store, DigestPlanner planner, DateTimeOffset now, OwnerIndexShard shard, ILogger logger, CancellationToken cancellationToken)
    {
        var byOwner = new Dictionary<string, List<ReminderCandidate>>(EmailAddresses.Comparer);
        var read = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var owner in index.ReadAsync(shard, cancellationToken).ConfigureAwait(false))
        {
            var scan = planner.StartScan(now);
            foreach (var id in owner.CommitmentIds)
            {
                var commitment = await ReadAsync(store, id, cancellationToken).ConfigureAwait(false);
                if (commitment is not { IsOpen: true } || !commitment.Owners.Any(o => IsOwner(o, owner)))
                {
                    continue;
                }

                read.Add(id);
                ScanPlanning.AddCandidates(scan, commitment, c => IsOwner(c.Owner, owner), byOwner, logger);
            }
        }

        return (read.Count, byOwner);
    }

    private static bool IsOwner(ResponsibleParty party, IndexedOwner owner) =>
        string.Equals(EmailAddresses.StorageKey(party.Email), owner.OwnerKey, StringComparison.Ordinal);

    /// <summary>The commitment now; null for one the store cannot read, which the full read passes over too.</summary>
    private static async Task<Commitment?> ReadAsync(ICommitmentStore store, string id, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
