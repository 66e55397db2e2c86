using FollowUp.Core.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace FollowUp.Functions.Queues;

/// <summary>
/// Plans one shard of a sharded run, or the run's escalation step, from the shard queue. host.json's
/// queue bounds apply here as to <c>DigestDelivery</c>: batchSize + newBatchThreshold messages in
/// flight per instance, maxDequeueCount attempts before the host moves a message to the poison queue.
/// </summary>
public sealed partial class ShardPlanningFunction(ShardWorker worker, ILogger<ShardPlanningFunction> logger)
{
    [Function("ShardPlanning")]
    public async Task RunAsync(
        [QueueTrigger("%FollowUp:Queues:ShardQueue%", Connection = "FollowUpQueues")] string message,
        long dequeueCount,
        string id,
        CancellationToken cancellationToken)
    {
        try
        {
            await worker.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && dequeueCount >= DigestDeliveryFunction.MaxDequeueCount)
        {
            // The host poisons it after this attempt; the alert on this event tells the operator.
            LogPoisoned(id, dequeueCount, LocalDigestWorkers.Describe(ex));
            throw;
        }
    }

    [LoggerMessage(EventId = QueueEventIds.Poisoned, Level = LogLevel.Error, Message = "Shard message {MessageId} failed on its last attempt ({Attempt}) and goes to the poison queue: {Reason}")]
    private partial void LogPoisoned(string messageId, long attempt, string reason);
}
