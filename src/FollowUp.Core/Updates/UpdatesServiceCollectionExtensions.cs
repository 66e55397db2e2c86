using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Core.Updates;

public static class UpdatesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the owner's use cases (<see cref="OwnerLinks"/>, <see cref="ShowProgress"/>,
    /// <see cref="SaveProgress"/>, <see cref="RequestFreshLink"/>), <see cref="RevokeOwnerLinks"/> and the fresh-link ledger, each only
    /// if not registered already: to replace one, register yours first. Needs what
    /// <c>AddFollowUpCore</c> registers (options, storage, <see cref="TimeProvider"/>, logging from the
    /// host) and an <see cref="IFreshLinkSender"/>, which the email module provides.
    /// </summary>
    public static IServiceCollection AddFollowUpUpdates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddFollowUpLinks();
        services.TryAddSingleton<ILinkRequestLedger, TableLinkRequestLedger>();
        services.TryAddSingleton<OwnerLinks>();
        services.TryAddSingleton<ShowProgress>();
        services.TryAddSingleton<SaveProgress>();
        services.TryAddSingleton<RequestFreshLink>();
        services.TryAddSingleton<RevokeOwnerLinks>();
        return services;
    }
}
