using FollowUp.Core.Links;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Core.Updates;

public static class UpdatesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ProgressEndpoint"/> and the fresh-link ledger. Needs what
    /// <c>AddFollowUpCore</c> registers (options, storage, logging from the host) and an
    /// <see cref="IFreshLinkSender"/>, which the email module provides.
    /// </summary>
    public static IServiceCollection AddFollowUpUpdates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddFollowUpLinks();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LinkRequestLedger>();
        services.TryAddSingleton<ProgressEndpoint>();
        return services;
    }
}
