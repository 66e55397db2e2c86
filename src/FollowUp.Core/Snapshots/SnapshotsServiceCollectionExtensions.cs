using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Core.Snapshots;

public static class SnapshotsServiceCollectionExtensions
{
    /// <summary>Snapshots on Table Storage, with delivery counts from the send ledger and contact health.</summary>
    public static IServiceCollection AddFollowUpSnapshots(this IServiceCollection services)
    {
        services.TryAddSingleton<IDeliveryRecords, TableDeliveryRecords>();
        services.AddSingleton<ICommitmentArchive, TableCommitmentArchive>();
        services.AddSingleton<IReminderRecords, TableReminderRecords>();
        services.AddSingleton<ISnapshotStore, TableSnapshotStore>();
        services.AddSingleton<SnapshotCollector>();
        services.AddSingleton<CreateSnapshot>();
        services.AddSingleton<ListSnapshots>();
        return services;
    }
}
