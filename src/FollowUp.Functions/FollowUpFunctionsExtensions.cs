using FollowUp.Core.Configuration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowUp.Functions;

public static class FollowUpFunctionsExtensions
{
    private const string ApplicationInsightsLoggerProvider =
        "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>Everything the Functions app needs beyond its triggers: telemetry and FollowUp's use cases.</summary>
    public static FunctionsApplicationBuilder AddFollowUp(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights();

        // The SDK adds a rule that keeps only warnings; the scan's one summary per run is an
        // information log, and operators confirm a deployment by finding it. host.json decides levels.
        builder.Services.Configure<LoggerFilterOptions>(options =>
        {
            var warningsOnly = options.Rules.FirstOrDefault(r => r.ProviderName == ApplicationInsightsLoggerProvider);
            if (warningsOnly is not null)
            {
                options.Rules.Remove(warningsOnly);
            }
        });

        builder.Services.AddFollowUpCore(builder.Configuration);
        return builder;
    }
}
