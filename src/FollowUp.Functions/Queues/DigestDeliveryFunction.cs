using FollowUp.Core.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace FollowUp.Functions.Queues;

/// <summary>
/// Claims and sends one queued digest. The platform scales it out: host.json bounds the messages in
/// flight per instance (batchSize + newBatchThreshold), maximumInstanceCount the instances. A message
/// that throws is tried again; after maxDequeueCount attempts the host moves it to the poison queue.
/// </summary>
public sealed partial class DigestDeliveryFunction(DigestWorker worker, ILogger<DigestDeliveryFunction> logger)
{
    /// <summary>host.json's <c>extensions.queues.maxDequeueCount</c>: the attempt after which the host poisons a message.</summary>
    internal const int MaxDequeueCount = LocalDigestWorkers.MaxDequeueCount;

    [Function("DigestDelivery")]
    public async Task RunAsync(
        [QueueTrigger("%FollowUp:Queues:DigestQueue%", Connection = "FollowUpQueues")] string message,
        long dequeueCount,
        string id,
        CancellationToken cancellationToken)
    {
        try
        {
            await worker.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && dequeueCount >= MaxDequeueCount)
        {
            // The host poisons it after this attempt; the alert on this event tells the operator.
            LogPoisoned(id, dequeueCount, LocalDigestWorkers.Describe(ex));
            throw;
        }
    }

    [LoggerMessage(EventId = QueueEventIds.Poisoned, Level = LogLevel.Error, Message = "Queued digest message {MessageId} failed on its last attempt ({Attempt}) and goes to the poison queue: {Reason}")]
    private partial void LogPoisoned(string messageId, long attempt, string reason);
}
