using FollowUp.Core.Configuration;
using FollowUp.Core.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one <see cref="IEmailTransport"/> and the three messages composed over it
    /// (<see cref="IDigestSender"/>, <see cref="IEscalationSender"/>, <see cref="IFreshLinkSender"/>).
    /// The transport is SendGrid when <c>FollowUp:Email:SendGridApiKey</c> is set, otherwise the .eml
    /// outbox, chosen here alone when it is resolved, from the bound options, so that user secrets or
    /// Key Vault references added after registration still count. Expects <see cref="FollowUpOptions"/>
    /// and <see cref="TimeProvider"/> to be registered (AddFollowUpCore does).
    /// </summary>
    public static IServiceCollection AddFollowUpEmail(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, EmailOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SendGridTransportOptions>, SendGridTransportOptionsValidator>());
        services.TryAddSingleton<DigestRenderer>();
        services.TryAddSingleton<EscalationRenderer>();
        services.TryAddSingleton<SendGridRetryPipeline>();
        services.TryAddSingleton<OutboxTransport>();

        // The typed client and the options binding cannot be tried; registered once, on the first call.
        if (!services.Any(d => d.ServiceType == typeof(SendGridTransport)))
        {
            services.AddOptions<SendGridTransportOptions>()
                .Configure<IServiceProvider>((options, provider) =>
                    provider.GetService<IConfiguration>()?.GetSection(SendGridTransportOptions.SectionName).Bind(options))
                .ValidateOnStart();
            AddSendGridClient(services);
        }

        // Transient like the typed client; the scan and the update endpoint are singletons and keep
        // the one they are given, which is why the connection pool itself recycles (see below).
        services.TryAddTransient<IEmailTransport>(ChooseTransport);
        services.TryAddTransient<IDigestSender, DigestSender>();
        services.TryAddTransient<IEscalationSender, EscalationSender>();
        services.TryAddTransient<IFreshLinkSender, FreshLinkSender>();
        return services;
    }

    private static IEmailTransport ChooseTransport(IServiceProvider provider) =>
        string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<FollowUpOptions>>().Value.Email.SendGridApiKey)
            ? provider.GetRequiredService<OutboxTransport>()
            : provider.GetRequiredService<SendGridTransport>();

    private static void AddSendGridClient(IServiceCollection services) =>
        services.AddHttpClient<SendGridTransport>(http =>
            {
                // The pipeline's timeouts bound each call; HttpClient's own 100 s would cut them short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })

            // Long-lived holders never get a rotated handler, so connections are recycled in the pool
            // instead, and a change to SendGrid's addresses is picked up within minutes.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}
