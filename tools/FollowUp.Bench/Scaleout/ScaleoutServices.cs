using Azure.Storage.Queues;
using FollowUp.Bench.Storage;
using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Bench.Scaleout;

/// <summary>
/// What the scale-out benchmark changes in FollowUp's own registration, in the planning process and
/// in every worker alike: a delivery queue of the run's own, reached through a client that counts its
/// requests, and, for the workers, the real SendGrid transport aimed at the fake on loopback.
/// </summary>
public static class ScaleoutServices
{
    public static string QueueFor(string run) => "bench-" + run;

    public static void Add(IServiceCollection services, string run, Uri? fakeSendGrid)
    {
        services.PostConfigure<FollowUpOptions>(o => o.Queues.DigestQueue = QueueFor(run));
        var queueRequests = new QueueRequests();
        services.AddSingleton(queueRequests);
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var options = new QueueClientOptions();
            options.AddPolicy(queueRequests.Policy, Azure.Core.HttpPipelinePosition.PerCall);
            return QueueClients.Create(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.Storage, options);
        }));

        if (fakeSendGrid is not null)
        {
            if (!fakeSendGrid.IsLoopback)
            {
                throw new ArgumentException("The benchmark's SendGrid is a fake on loopback, never a real host.", nameof(fakeSendGrid));
            }

            // The real transport, retries and all, against the fake: the key is the fake's, not anyone's.
            services.PostConfigure<FollowUpOptions>(o => o.Email.SendGridApiKey = "SG.bench-fake-key");
            services.PostConfigure<SendGridTransportOptions>(o =>
            {
                o.Host = fakeSendGrid;
                o.BaseDelay = TimeSpan.FromMilliseconds(100);
            });
        }
    }

    /// <summary>The queue client's request counter, apart from the tables'.</summary>
    public sealed class QueueRequests
    {
        public RequestCountingPolicy Policy { get; } = new();
    }
}
