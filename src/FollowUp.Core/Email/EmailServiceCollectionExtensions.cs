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

        services.AddHttpClient<SendGridDigestSender>(http =>
            {
                // The pipeline's total timeout bounds the call; HttpClient's own 100 s would cut retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler(SendGridResilience.PipelineName, (builder, context) =>
                SendGridResilience.Configure(builder, context.ServiceProvider));

        services.AddHttpClient<SendGridFreshLinkSender>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(SendGridResilience.PipelineName, (builder, context) =>
                SendGridResilience.Configure(builder, context.ServiceProvider));

        services.TryAddSingleton<OutboxDigestSender>();
        services.TryAddSingleton<OutboxFreshLinkSender>();

        // Transient like the typed client it may hand out, so handler rotation keeps working.
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
}
