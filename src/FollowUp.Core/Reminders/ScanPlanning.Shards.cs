using FollowUp.Core.Storage;

namespace FollowUp.Core.Reminders;

/// <summary>
/// The same plan read in shards of the owner index instead of the full read. Each shard finds its
/// owners' candidates (<see cref="ShardCandidates"/>) and plans their digests with the step the full
/// read uses; an owner is wholly inside one shard, so digests need no fan-in. Escalations do: they
/// group by copied address, which spans every shard, so the escalated candidates of all shards are
/// gathered here and planned once, as the full read plans them.
/// </summary>
internal sealed partial class ScanPlanning
{
    /// <summary>Shards read at once in one process: each waits mostly on point reads, so more than the cores.</summary>
    internal const int ShardParallelism = 8;

    public async Task<ScanPlan> PlanShardsAsync(DateTimeOffset now, string runId, IOwnerIndex index, int shards, CancellationToken cancellationToken)
    {
        var planner = NewPlanner();
        var parts = new (int Scanned, List<ReminderCandidate> Escalated, OwnerPlans Plans)[shards];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(shards, ShardParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(OwnerIndexShard.Split(shards), options, async (shard, ct) =>
        {
            var (scanned, byOwner) = await ShardCandidates.FindAsync(index, store, planner, now, shard, logger, ct).ConfigureAwait(false);
            var plans = await PlanOwnersAsync(planner, byOwner, runId, ct).ConfigureAwait(false);
            parts[shard.Index] = (scanned, [.. byOwner.Values.SelectMany(c => c).Where(c => c.Escalated)], plans);
        }).ConfigureAwait(false);

        var all = new OwnerPlans();
        foreach (var part in parts)
        {
            all.Add(part.Plans);
        }

        // In commitment id order, as the full read finds them, so each item is headed by the same commitment.
        var escalated = parts.SelectMany(p => p.Escalated).OrderBy(c => c.Commitment.Id, StringComparer.Ordinal);
        var escalations = await PlanEscalationsAsync(escalated, all.Undeliverable, now, runId, all.Skipped, cancellationToken).ConfigureAwait(false);
        return all.ToPlan(parts.Sum(p => p.Scanned), escalations);
    }
}
