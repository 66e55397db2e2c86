using Azure;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// Shard reports name owners' addresses, so each scheduled run removes those older than
/// <see cref="Retention"/>, whether it planned by the full read or by shards: a deployment that
/// went back to the full read still clears what its sharded runs left.
/// </summary>
public sealed class ShardReportRetention(TableScanRuns runs, TimeProvider time, ILogger<ShardReportRetention> logger)
{
    /// <summary>A week, for an operator looking into a run that went wrong.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    /// <summary>Never fails the run it follows: storage out of reach is logged, and the next run tries again.</summary>
    public async Task PruneAsync(CancellationToken cancellationToken = default)
    {
        var days = (int)Retention.TotalDays;
        try
        {
            var removed = await runs.PruneAsync(time.GetUtcNow() - Retention, cancellationToken).ConfigureAwait(false);
            if (removed > 0)
            {
                ShardLog.Pruned(logger, removed, days);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && StorageFailures.IsOutage(ex))
        {
            // The status and code, or the kind of failure: never the message, which can carry the service's answer.
            ShardLog.PruneFailed(logger, days, ex is RequestFailedException failed ? $"{failed.Status} {failed.ErrorCode}" : ex.GetType().Name);
        }
    }
}
