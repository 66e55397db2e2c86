using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Queues;

/// <summary>
/// What the timer (and <c>followup serve</c> with workers) does on each tick, by
/// <c>FollowUp:Queues:Shards</c>: 0 plans the full read and queues the digests itself; 1-64 queues
/// that many shard messages for the shard workers to plan. Either way, old shard reports are removed after.
/// </summary>
public sealed class ScheduledPlanning(DigestEnqueuer enqueuer, ShardEnqueuer shards, ShardReportRetention retention, IOptions<FollowUpOptions> options)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.Queues.Shards is var count and > 0)
        {
            await shards.RunAsync(count, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await enqueuer.RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await retention.PruneAsync(cancellationToken).ConfigureAwait(false);
    }
}
