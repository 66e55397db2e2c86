using System.Collections.Concurrent;
using Microsoft.ApplicationInsights.Channel;

namespace FollowUp.Tests.Functions;

/// <summary>Stands where the SDK's channel would hand items to the ingestion endpoint, and keeps them instead.</summary>
internal sealed class CapturingTelemetryChannel : ITelemetryChannel
{
    private readonly ConcurrentQueue<ITelemetry> _items = new();

    public bool? DeveloperMode { get; set; }

    public string EndpointAddress { get; set; } = "";

    public IReadOnlyList<ITelemetry> Items => [.. _items];

    public void Send(ITelemetry item) => _items.Enqueue(item);

    public void Flush()
    {
    }

    public void Dispose()
    {
    }
}
