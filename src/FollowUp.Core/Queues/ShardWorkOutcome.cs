using FollowUp.Core.Delivery;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Queues;

/// <summary>What a worker did with one shard message: a closed set.</summary>
public abstract record ShardWorkOutcome(string RunId)
{
    private ShardWorkOutcome()
        : this(string.Empty)
    {
    }

    /// <summary>A shard planned: its digests queued (or settled here), its report written for the escalation step.</summary>
    /// <param name="Settled">Digests the shard settled itself: day already taken, or too large for a queue message.</param>
    /// <param name="LastIn">This shard found every shard's report written and queued the escalation step.</param>
    public sealed record Planned(
        string RunId,
        int Shard,
        int Scanned,
        int Due,
        int Queued,
        IReadOnlyList<DigestOutcome> Settled,
        IReadOnlyList<SkippedAddress> Skipped,
        IReadOnlyList<ContactHealth> Undeliverable,
        bool LastIn) : ShardWorkOutcome(RunId);

    /// <summary>The run's escalations, planned once over every shard's report and delivered through the send ledger.</summary>
    public sealed record Escalated(string RunId, IReadOnlyList<EscalationOutcome> Escalations, IReadOnlyList<SkippedAddress> Skipped) : ShardWorkOutcome(RunId);

    /// <summary>Waited in the queue longer than <see cref="DigestWork.MaxAge"/>: dropped, for the next scan to plan again.</summary>
    public sealed record Stale(string RunId) : ShardWorkOutcome(RunId);
}
