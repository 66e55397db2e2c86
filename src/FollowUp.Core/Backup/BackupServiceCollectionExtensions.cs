using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Core.Backup;

public static class BackupServiceCollectionExtensions
{
    /// <summary>The export and restore use cases. The blob client is made on first use, so hosts that never back up need no blob settings.</summary>
    public static IServiceCollection AddFollowUpBackup(this IServiceCollection services)
    {
        services.TryAddSingleton<BackupContainer>();
        services.TryAddSingleton<TableExport>();
        services.TryAddSingleton<TableRestore>();
        return services;
    }
}
