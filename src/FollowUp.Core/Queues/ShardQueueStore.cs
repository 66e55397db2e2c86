using Azure.Storage.Queues;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Queues;

/// <summary>The shard queue (<c>FollowUp:Queues:ShardQueue</c>): one message per shard of a run, and the run's one escalation step, taken by <see cref="ShardWorker"/>.</summary>
public sealed class ShardQueueStore(QueueServiceClient service, IOptions<FollowUpOptions> options)
    : QueueStore(service, options.Value.Queues.ShardQueue, options.Value.Storage.CreateIfMissing);
