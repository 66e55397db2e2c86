using FollowUp.Core.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FollowUp.Cli.Serve;

/// <summary>
/// The local stand-in for the queue-triggered <c>DigestDelivery</c> and <c>ShardPlanning</c> functions:
/// N workers on each of Azurite's two queues, for as long as <c>serve</c> runs. The shard workers
/// idle unless <c>FollowUp:Queues:Shards</c> has the scan queue shard messages.
/// </summary>
public sealed partial class DigestWorkersService(LocalDigestWorkers workers, LocalShardWorkers shardWorkers, ServeWorkers settings, ILogger<DigestWorkersService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(settings.Count);
        try
        {
            await Task.WhenAll(
                workers.RunAsync(settings.Count, untilEmpty: false, QueuedScan.Lease, cancellationToken: stoppingToken),
                shardWorkers.RunAsync(settings.Count, untilEmpty: false, QueuedScan.Lease, cancellationToken: stoppingToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A message held at shutdown becomes visible again after its lease; its claim decides.
        }
#pragma warning disable CA1031 // The queue unreachable: logged; the pages keep working, and the digests wait in the queue.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Workers} digest workers read the delivery queue, and as many shard workers the shard queue")]
    private partial void LogStarted(int workers);

    [LoggerMessage(Level = LogLevel.Error, Message = "The digest workers stopped ({Error}); restart serve once the queue service is reachable")]
    private partial void LogFailed(string error);
}
