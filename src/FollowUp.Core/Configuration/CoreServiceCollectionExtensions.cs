using FollowUp.Core.Backup;
using FollowUp.Core.Delivery;
using FollowUp.Core.Email;
using FollowUp.Core.Import;
using FollowUp.Core.Intake;
using FollowUp.Core.Links;
using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
using FollowUp.Core.Reports;
using FollowUp.Core.Secretariat;
using FollowUp.Core.Snapshots;
using FollowUp.Core.Storage;
using FollowUp.Core.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Configuration;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers FollowUp's options (validated when the host starts, so a missing setting stops the
    /// app with its name) and every use case. Hosts add only their triggers.
    /// </summary>
    public static IServiceCollection AddFollowUpCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FollowUpOptions>()
            .Bind(configuration.GetSection(FollowUpOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, FollowUpOptionsValidator>());

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, RemindersOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, ScheduleOptionsValidator>());

        services.AddFollowUpStorage();
        services.AddFollowUpLinks();
        services.AddFollowUpEmail();
        services.AddFollowUpUpdates();
        services.AddFollowUpBackup();
        services.AddFollowUpDelivery();
        services.AddFollowUpSnapshots();
        services.AddFollowUpReports();
        services.TryAddSingleton<CommitmentImporter>();
        services.TryAddSingleton(sp => new ReminderPolicy(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.Reminders));
        services.TryAddSingleton<ReminderScan>();
        services.AddFollowUpIntake(configuration);
        services.AddFollowUpSecretariat();
        services.AddFollowUpQueues();
        return services;
    }
}
