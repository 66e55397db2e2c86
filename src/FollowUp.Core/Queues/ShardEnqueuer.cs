using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// The timer's job when <c>FollowUp:Queues:Shards</c> is 1-64: instead of the full read, one small
/// message per shard on the shard queue, each naming the run and its instant, for
/// <see cref="ShardWorker"/> invocations to plan side by side.
/// </summary>
public sealed class ShardEnqueuer(ShardQueueStore queue, TimeProvider time, ILogger<ShardEnqueuer> logger)
{
    /// <returns>The run id every shard message carries.</returns>
    public async Task<string> RunAsync(int shards, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        var split = OwnerIndexShard.Split(shards);
        var runId = Guid.NewGuid().ToString("N");
        var now = asOf ?? time.GetUtcNow();
        var enqueuedAt = time.GetUtcNow();
        await Parallel.ForEachAsync(split, new ParallelOptions { MaxDegreeOfParallelism = DigestEnqueuer.Parallelism, CancellationToken = cancellationToken }, async (shard, ct) =>
            await queue.SendAsync(ShardWorkFormat.Encode(new ShardWork(runId, ShardStep.Plan, shard.Index, shard.Of, now, enqueuedAt)), ct).ConfigureAwait(false)).ConfigureAwait(false);
        ShardLog.Queued(logger, shards, runId);
        return runId;
    }
}
