using FollowUp.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Links;

public static class LinksServiceCollectionExtensions
{
    /// <summary>
    /// Registers the update-link services as singletons over <see cref="IOptions{FollowUpOptions}"/>
    /// and a validator for the link settings, which runs at start-up where the options are bound with
    /// <c>ValidateOnStart</c>.
    /// </summary>
    public static IServiceCollection AddFollowUpLinks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, LinksOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LinkSigningKeys>();
        services.TryAddSingleton<LinkTokenSigner>();
        services.TryAddSingleton<LinkTokenVerifier>();
        services.TryAddSingleton<UpdateLinkBuilder>();
        return services;
    }
}
