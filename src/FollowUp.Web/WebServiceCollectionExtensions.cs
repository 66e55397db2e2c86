using FollowUp.Web.Secretariat;
using FollowUp.Web.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FollowUp.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Registers the owner routes' handlers and views and the security headers, each only if not
    /// registered already. Needs what <c>AddFollowUpCore</c> registers.
    /// </summary>
    public static IServiceCollection AddFollowUpWeb(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<SecurityHeaders>();
        services.TryAddSingleton<SecurityHeadersMiddleware>();
        services.TryAddSingleton<ProgressPages>();
        services.TryAddSingleton<OwnerEndpoints>();
        services.TryAddSingleton<OwnerRouteFilter>();
        services.AddFollowUpSecretariatWeb();
        return services;
    }
}
