using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using FollowUp.Core.Configuration;

namespace FollowUp.Core.Queues;

/// <summary>
/// One of FollowUp's queues and its poison queue (<c>{name}-poison</c>) on Azure Storage Queues. In
/// Azure the Functions host receives and deletes; this adapter does that only for the local workers.
/// It creates the queues only with <see cref="StorageOptions.CreateIfMissing"/>: in Azure the deployment
/// creates them, and the app's roles, scoped to each queue, do not grant creating one.
/// </summary>
public abstract class QueueStore(QueueServiceClient service, string name, bool createIfMissing)
{
    private readonly QueueClient _queue = service.GetQueueClient(name);
    private readonly QueueClient _poison = service.GetQueueClient(name + "-poison");
    private int _created;

    public string Name => _queue.Name;

    public async Task SendAsync(string text, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _queue.SendMessageAsync(text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One message, invisible to other workers for <paramref name="visibility"/>; null when the queue is empty.</summary>
    public async Task<QueueMessage?> ReceiveAsync(TimeSpan visibility, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var received = await _queue.ReceiveMessagesAsync(1, visibility, cancellationToken).ConfigureAwait(false);
        return received.Value.Length == 0 ? null : received.Value[0];
    }

    /// <summary>Done with: gone for good. A message whose lease ran out (and was received again) is already gone or will be handled again, never both.</summary>
    public async Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Its lease ran out and another worker received it: that worker's claim decides.
        }
    }

    /// <summary>Visible again at once, for another try.</summary>
    public async Task ReleaseAsync(QueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await _queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already received again by another worker.
        }
    }

    /// <summary>As the Functions host does after maxDequeueCount failures: copied to the poison queue, then deleted.</summary>
    public async Task PoisonAsync(QueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (createIfMissing)
        {
            await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await _poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        await DeleteAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Messages waiting or being handled (the service's approximate count, which includes invisible ones).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var properties = await _queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
        return properties.Value.ApproximateMessagesCount;
    }

    public async Task<int> PoisonCountAsync(CancellationToken cancellationToken = default)
    {
        if (!await _poison.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var properties = await _poison.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
        return properties.Value.ApproximateMessagesCount;
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (createIfMissing && Volatile.Read(ref _created) == 0)
        {
            await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _created, 1);
        }
    }
}
