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
            parts[shard.Index] = await PlanShardAsync(planner, now, runId, index, shard, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var all = new OwnerPlans();
        foreach (var part in parts)
        {
            all.Add(part.Plans);
        }

        var escalations = await PlanShardEscalationsAsync(parts.SelectMany(p => p.Escalated), all.Undeliverable, now, runId, all.Skipped, cancellationToken).ConfigureAwait(false);
        return all.ToPlan(parts.Sum(p => p.Scanned), escalations);
    }

    /// <summary>One shard on its own, for a shard message: its owners' digests, and its escalated candidates for the run's fan-in.</summary>
    public Task<(int Scanned, List<ReminderCandidate> Escalated, OwnerPlans Plans)> PlanShardAsync(
        DateTimeOffset now, string runId, IOwnerIndex index, OwnerIndexShard shard, CancellationToken cancellationToken) =>
        PlanShardAsync(NewPlanner(), now, runId, index, shard, cancellationToken);

    /// <summary>
    /// The run's escalations over the escalated candidates of all its shards, sorted into commitment id
    /// order first, as the full read finds them, so each item is headed by the same commitment.
    /// </summary>
    public Task<List<(Escalation, OwnerLedger)>> PlanShardEscalationsAsync(
        IEnumerable<ReminderCandidate> escalated,
        IReadOnlyDictionary<string, Delivery.ContactHealth> undeliverable,
        DateTimeOffset now,
        string runId,
        List<SkippedAddress> skipped,
        CancellationToken cancellationToken) =>
        PlanEscalationsAsync(escalated.OrderBy(c => c.Commitment.Id, StringComparer.Ordinal), undeliverable, now, runId, skipped, cancellationToken);

    private async Task<(int Scanned, List<ReminderCandidate> Escalated, OwnerPlans Plans)> PlanShardAsync(
        DigestPlanner planner, DateTimeOffset now, string runId, IOwnerIndex index, OwnerIndexShard shard, CancellationToken cancellationToken)
    {
        var (scanned, byOwner) = await ShardCandidates.FindAsync(index, store, planner, now, shard, logger, cancellationToken).ConfigureAwait(false);
        var plans = await PlanOwnersAsync(planner, byOwner, runId, cancellationToken).ConfigureAwait(false);
        return (scanned, [.. byOwner.Values.SelectMany(c => c).Where(c => c.Escalated)], plans);
    }
}
