using FollowUp.Core.Configuration;
using FollowUp.Core.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDigestSender"/>: SendGrid when <c>FollowUp:Email:SendGridApiKey</c> is set,
    /// otherwise the .eml outbox. The choice is made when the sender is resolved, from the bound
    /// options, so that user secrets or Key Vault references added after registration still count.
    /// Expects <see cref="FollowUpOptions"/> to be registered (AddFollowUpCore does).
    /// </summary>
    public static IServiceCollection AddFollowUpEmail(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DigestRenderer>();
        services.AddOptions<SendGridTransportOptions>();

        AddSendGridClient<SendGridDigestSender>(services);
        AddSendGridClient<SendGridFreshLinkSender>(services);

        services.TryAddSingleton<OutboxDigestSender>();
        services.TryAddSingleton<OutboxFreshLinkSender>();

        // Transient like the typed clients; the scan and the update endpoint are singletons and keep
        // the one they are given, which is why the connection pool itself recycles (see below).
        services.TryAddTransient<IDigestSender>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<FollowUpOptions>>().Value.Email.SendGridApiKey)
                ? provider.GetRequiredService<OutboxDigestSender>()
                : provider.GetRequiredService<SendGridDigestSender>());
        services.TryAddTransient<IFreshLinkSender>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<FollowUpOptions>>().Value.Email.SendGridApiKey)
                ? provider.GetRequiredService<OutboxFreshLinkSender>()
                : provider.GetRequiredService<SendGridFreshLinkSender>());
        return services;
    }

    private static void AddSendGridClient<TClient>(IServiceCollection services)
        where TClient : class
    {
        services.AddHttpClient<TClient>(http =>
            {
                // The pipeline's total timeout bounds the call; HttpClient's own 100 s would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })

            // Long-lived holders never get a rotated handler, so connections are recycled in the pool
            // instead, and a change to SendGrid's addresses is picked up within minutes.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(SendGridResilience.PipelineName, (builder, context) =>
                SendGridResilience.Configure(builder, context.ServiceProvider));
    }
}
