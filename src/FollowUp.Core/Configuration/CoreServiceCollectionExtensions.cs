using FollowUp.Core.Backup;
using FollowUp.Core.Email;
using FollowUp.Core.Import;
using FollowUp.Core.Links;
using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
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

        services.TryAddSingleton(TimeProvider.System);
        services.AddFollowUpStorage();
        services.AddFollowUpLinks();
        services.AddFollowUpEmail();
        services.AddFollowUpUpdates();
        services.AddFollowUpBackup();
        services.AddSingleton<CommitmentImporter>();
        services.AddSingleton(sp => new ReminderPolicy(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.Reminders));
        services.AddSingleton<ReminderScan>();
        services.AddFollowUpQueues();
        return services;
    }
}
