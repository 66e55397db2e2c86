using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// In-process workers on the shard queue, for <c>followup scan --shards N --workers M</c> and
/// <c>followup serve</c>: the local stand-in for the queue-triggered <c>ShardPlanning</c> function,
/// with the same retries and poison queue as <see cref="LocalDigestWorkers"/>.
/// </summary>
public sealed class LocalShardWorkers(ShardQueueStore queue, ShardWorker worker, TimeProvider time, ILogger<LocalShardWorkers> logger)
{
    /// <inheritdoc cref="LocalDigestWorkers.RunAsync"/>
    public Task RunAsync(int workers, bool untilEmpty, TimeSpan lease, Action<ShardWorkOutcome>? observe = null, CancellationToken cancellationToken = default) =>
        new QueueWorkers<ShardWorkOutcome>(queue, worker.HandleAsync, time, logger).RunAsync(workers, untilEmpty, lease, observe, cancellationToken);
}
