using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowUp.Functions.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    private const string ApplicationInsightsLoggerProvider =
        "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>
    /// Application Insights for the worker, with signed links and owner addresses kept out of it:
    /// ASP.NET Core's own request logs (which print every URL, token and all) stay below the level
    /// that is sent, and every item passes <see cref="RedactingTelemetryProcessor"/> first.
    /// </summary>
    public static FunctionsApplicationBuilder AddFollowUpTelemetry(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Sampling would drop the scan's one summary line, the proof a deployment runs, at random;
        // the worker's volume (a scan an hour and a few page views) needs no sampling.
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService(options => options.EnableAdaptiveSampling = false)
            .ConfigureFunctionsApplicationInsights();
        builder.Services.AddApplicationInsightsTelemetryProcessor<RedactingTelemetryProcessor>();

        // The SDK adds a rule that keeps only warnings; the scan's one summary per run is an
        // information log, and operators confirm a deployment by finding it.
        builder.Services.Configure<LoggerFilterOptions>(options =>
        {
            var warningsOnly = options.Rules.FirstOrDefault(r => r.ProviderName == ApplicationInsightsLoggerProvider);
            if (warningsOnly is not null)
            {
                options.Rules.Remove(warningsOnly);
            }
        });

        // "Request starting HTTP/1.1 GET http://…/progress?token=…" and its kin are Information.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }
}
