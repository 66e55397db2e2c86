using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;

namespace FollowUp.Functions.Telemetry;

/// <summary>
/// First in the worker's telemetry chain (processors registered in DI run before live metrics,
/// sampling and the channel): rewrites every text field of every item the worker sends so that no
/// link token and no owner address leaves the process. Items the Functions host sends (its request
/// telemetry) never pass through here; host.json governs those.
/// </summary>
public sealed class RedactingTelemetryProcessor(ITelemetryProcessor next) : ITelemetryProcessor
{
    public void Process(ITelemetry item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Redact(item);
        next.Process(item);
    }

    public static void Redact(ITelemetry item)
    {
        ArgumentNullException.ThrowIfNull(item);
        switch (item)
        {
            case RequestTelemetry request:
                request.Name = TelemetryRedaction.Redact(request.Name);
                request.Url = TelemetryRedaction.Redact(request.Url);
                break;
            case DependencyTelemetry dependency:
                dependency.Name = TelemetryRedaction.Redact(dependency.Name);
                dependency.Data = TelemetryRedaction.Redact(dependency.Data);
                dependency.Target = TelemetryRedaction.Redact(dependency.Target);
                break;
            case TraceTelemetry trace:
                trace.Message = TelemetryRedaction.Redact(trace.Message);
                break;
            case ExceptionTelemetry exception:
                foreach (var detail in exception.ExceptionDetailsInfoList)
                {
                    detail.Message = TelemetryRedaction.Redact(detail.Message);
                }

                break;
            case EventTelemetry customEvent:
                customEvent.Name = TelemetryRedaction.Redact(customEvent.Name);
                break;
        }

        if (item is ISupportProperties withProperties)
        {
            RedactValues(withProperties.Properties);
        }

        RedactValues(item.Context.GlobalProperties);
        item.Context.Operation.Name = TelemetryRedaction.Redact(item.Context.Operation.Name);
    }

    private static void RedactValues(IDictionary<string, string> properties)
    {
        foreach (var key in properties.Keys.ToList())
        {
            var value = properties[key];
            var redacted = TelemetryRedaction.Redact(value);
            if (!string.Equals(value, redacted, StringComparison.Ordinal))
            {
                properties[key] = redacted!;
            }
        }
    }
}
