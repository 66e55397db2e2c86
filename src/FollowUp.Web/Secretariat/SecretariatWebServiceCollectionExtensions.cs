using FollowUp.Web.Secretariat.Auth;
using FollowUp.Web.Secretariat.Sessions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat;

public static class SecretariatWebServiceCollectionExtensions
{
    public const string AntiforgeryCookie = "followup-antiforgery";

    /// <summary>
    /// The workspace's handlers, who-is-asking, antiforgery and the Data Protection key ring they rest on,
    /// kept in the app's storage account so every instance of the Functions app shares it.
    /// </summary>
    public static IServiceCollection AddFollowUpSecretariatWeb(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDataProtection().SetApplicationName("FollowUp");
        services.TryAddSingleton<TableXmlRepository>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<TableXmlRepository>()));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The security headers send DENY already; antiforgery's own SAMEORIGIN would weaken it.
            o.SuppressXFrameOptionsHeader = true;
        });
        services.TryAddSingleton<SecretariatAuthentication>();
        services.TryAddSingleton<SecretariatEndpoints>();
        services.TryAddSingleton<SecretariatActions>();
        services.TryAddSingleton<SecretariatRouteFilter>();
        services.TryAddSingleton<SnapshotEndpoints>();
        services.TryAddSingleton<ReportEndpoint>();
        services.TryAddSingleton<IntakeEndpoints>();
        services.TryAddSingleton<Owners.OwnerEndpoints>();
        services.TryAddSingleton<Owners.ScheduleEndpoints>();
        services.TryAddSingleton<Owners.OwnerActions>();
        services.TryAddSingleton<Edits.EditActions>();
        services.TryAddSingleton<Edits.AddActions>();
        services.TryAddSingleton<Uploads.ImportActions>();
        return services;
    }
}
