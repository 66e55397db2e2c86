using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Queues;

public static class QueuesServiceCollectionExtensions
{
    /// <summary>The delivery pipeline: the queues, the planning runs that fill them, the workers and the local workers.</summary>
    public static IServiceCollection AddFollowUpQueues(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, QueuesOptionsValidator>());
        services.TryAddSingleton(sp => QueueClients.Create(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.Storage));
        services.TryAddSingleton<DigestQueueStore>();
        services.TryAddSingleton<DigestEnqueuer>();
        services.TryAddSingleton<DigestWorker>();
        services.TryAddSingleton<LocalDigestWorkers>();
        services.TryAddSingleton<QueuedScan>();
        services.TryAddSingleton<ShardQueueStore>();
        services.TryAddSingleton<TableScanRuns>();
        services.TryAddSingleton<ShardEnqueuer>();
        services.TryAddSingleton<ShardReportRetention>();
        services.TryAddSingleton<ShardEscalation>();
        services.TryAddSingleton<ShardWorker>();
        services.TryAddSingleton<LocalShardWorkers>();
        services.TryAddSingleton<ScheduledPlanning>();
        return services;
    }
}
