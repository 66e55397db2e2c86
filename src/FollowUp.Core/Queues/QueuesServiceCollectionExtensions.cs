using FollowUp.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Queues;

public static class QueuesServiceCollectionExtensions
{
    /// <summary>The delivery pipeline: the queue, the planning run that fills it, the worker and the local workers.</summary>
    public static IServiceCollection AddFollowUpQueues(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => QueueClients.Create(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.Storage));
        services.TryAddSingleton<DigestQueueStore>();
        services.TryAddSingleton<DigestEnqueuer>();
        services.TryAddSingleton<DigestWorker>();
        services.TryAddSingleton<LocalDigestWorkers>();
        services.TryAddSingleton<QueuedScan>();
        return services;
    }
}
