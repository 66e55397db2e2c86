using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Core.Secretariat;

public static class SecretariatServiceCollectionExtensions
{
    /// <summary>The workspace's queries and actions; needs the storage and the reminder policy <c>AddFollowUpCore</c> registers.</summary>
    public static IServiceCollection AddFollowUpSecretariat(this IServiceCollection services)
    {
        services.TryAddSingleton<ISentReminders, TableSentReminders>();
        services.TryAddSingleton<CommitmentAssessor>();
        services.TryAddSingleton<WorkspaceOverview>();
        services.TryAddSingleton<CommitmentListing>();
        services.TryAddSingleton<CommitmentDetail>();
        services.TryAddSingleton<ChangeStatus>();
        services.TryAddSingleton<Owners.OwnerDetail>();
        services.TryAddSingleton<Schedule.SendSchedule>();
        services.TryAddSingleton<Owners.SendFreshLink>();
        services.TryAddSingleton<Owners.NudgeNow>();
        services.TryAddSingleton<Edits.EditCommitment>();
        services.TryAddSingleton<Edits.AddCommitment>();
        services.TryAddSingleton<Import.CommitmentImporter>();
        services.TryAddSingleton<Uploads.ImportUpload>();
        return services;
    }
}
