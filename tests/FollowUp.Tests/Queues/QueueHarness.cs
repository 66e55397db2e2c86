using Azure.Storage.Queues;
using FollowUp.Core.Configuration;
using FollowUp.Core.Queues;
using FollowUp.Tests.Reminders;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Queues;

/// <summary>The scan harness with a delivery queue of its own in Azurite's queue service, deleted with the tables.</summary>
internal sealed class QueueHarness : IAsyncDisposable
{
    private readonly string _queueName = "t" + Guid.NewGuid().ToString("N")[..20];
    private readonly ScanHarness _scan;

    public QueueHarness(AzuriteStorage azurite, DateTimeOffset now, Action<FollowUpOptions>? configure = null)
    {
        _scan = new ScanHarness(azurite, now, s => s.PostConfigure<FollowUpOptions>(o =>
        {
            o.Queues.DigestQueue = _queueName;
            o.Queues.ShardQueue = _queueName + "-s";
            configure?.Invoke(o);
        }));
        var service = new QueueServiceClient(_scan.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Queue = service.GetQueueClient(_queueName);
        Poison = service.GetQueueClient(_queueName + "-poison");
        ShardQueue = service.GetQueueClient(_queueName + "-s");
        ShardPoison = service.GetQueueClient(_queueName + "-s-poison");
    }

    public ScanHarness Scan => _scan;

    public QueueClient Queue { get; }

    public QueueClient Poison { get; }

    public QueueClient ShardQueue { get; }

    public QueueClient ShardPoison { get; }

    public ShardEnqueuer ShardEnqueuer => _scan.Services.GetRequiredService<ShardEnqueuer>();

    public ShardWorker ShardWorker => _scan.Services.GetRequiredService<ShardWorker>();

    public DigestEnqueuer Enqueuer => _scan.Services.GetRequiredService<DigestEnqueuer>();

    public DigestWorker Worker => _scan.Services.GetRequiredService<DigestWorker>();

    public LocalDigestWorkers Workers => _scan.Services.GetRequiredService<LocalDigestWorkers>();

    public QueuedScan QueuedScan => _scan.Services.GetRequiredService<QueuedScan>();

    /// <summary>The text of every message waiting, in queue order, left in the queue.</summary>
    public Task<List<string>> PeekAsync() => PeekAsync(Queue);

    /// <summary>The text of every message waiting on <paramref name="queue"/> (up to 32), left there.</summary>
    public static async Task<List<string>> PeekAsync(QueueClient queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        await queue.CreateIfNotExistsAsync();
        var peeked = await queue.PeekMessagesAsync(32);
        return [.. peeked.Value.Select(m => m.Body.ToString())];
    }

    public async ValueTask DisposeAsync()
    {
        await Queue.DeleteIfExistsAsync();
        await Poison.DeleteIfExistsAsync();
        await ShardQueue.DeleteIfExistsAsync();
        await ShardPoison.DeleteIfExistsAsync();
        await _scan.DisposeAsync();
    }
}
