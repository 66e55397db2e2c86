using FollowUp.Core.Configuration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Functions;

public static class FollowUpFunctionsExtensions
{
    /// <summary>Everything the Functions app needs beyond its triggers: telemetry and FollowUp's use cases.</summary>
    public static FunctionsApplicationBuilder AddFollowUp(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights();
        builder.Services.AddFollowUpCore(builder.Configuration);
        return builder;
    }
}
