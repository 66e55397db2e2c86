using FollowUp.Core.Configuration;
using FollowUp.Functions.Telemetry;
using FollowUp.Web.Secretariat;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Functions;

public static class FollowUpFunctionsExtensions
{
    /// <summary>Everything the Functions app needs beyond its triggers: telemetry and FollowUp's use cases.</summary>
    public static FunctionsApplicationBuilder AddFollowUp(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddFollowUpTelemetry();
        builder.Services.AddFollowUpCore(builder.Configuration);
        builder.Services.AddFollowUpSecretariatWeb();

        // The app sends mail: without a SendGrid key it must not record real nudges as sent.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, OutboxOptionsValidator>());
        return builder;
    }
}
