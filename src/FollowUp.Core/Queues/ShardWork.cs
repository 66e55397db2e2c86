namespace FollowUp.Core.Queues;

/// <summary>
/// One step of a sharded run on the shard queue: small, and naming only the run, so that nothing in
/// the queue is an address or a credential. Every shard of a run plans at the run's instant
/// <paramref name="AsOf"/>, so a shard taken late plans what the others planned.
/// </summary>
/// <param name="Shard">The shard to plan (0 to <paramref name="Of"/> - 1); 0 for <see cref="ShardStep.Escalate"/>.</param>
/// <param name="EnqueuedAt">When it was queued (the clock's time): a message older than <see cref="DigestWork.MaxAge"/> is dropped, as a digest is.</param>
public sealed record ShardWork(string RunId, ShardStep Step, int Shard, int Of, DateTimeOffset AsOf, DateTimeOffset EnqueuedAt);
