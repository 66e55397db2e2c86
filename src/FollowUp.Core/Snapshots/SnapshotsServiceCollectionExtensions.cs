using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Core.Snapshots;

public static class SnapshotsServiceCollectionExtensions
{
    /// <summary>Snapshots on Table Storage; delivery counts stay unknown until delivery tracking registers its <see cref="IDeliveryRecords"/> first.</summary>
    public static IServiceCollection AddFollowUpSnapshots(this IServiceCollection services)
    {
        services.TryAddSingleton<IDeliveryRecords, NoDeliveryRecords>();
        services.AddSingleton<ICommitmentArchive, TableCommitmentArchive>();
        services.AddSingleton<IReminderRecords, TableReminderRecords>();
        services.AddSingleton<ISnapshotStore, TableSnapshotStore>();
        services.AddSingleton<SnapshotCollector>();
        services.AddSingleton<CreateSnapshot>();
        return services;
    }
}
