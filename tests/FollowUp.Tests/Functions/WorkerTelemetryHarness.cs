using FollowUp.Functions;
using FollowUp.Tests.Functions.FakeHost;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FollowUp.Tests.Functions;

/// <summary>
/// The Functions app composed exactly as Program.cs does it, started and driven by
/// <see cref="FakeFunctionsHost"/>, with Application Insights on and its channel swapped for one
/// that keeps what would have been sent. Only the channel, the clock and SendGrid's address are test doubles.
/// </summary>
internal sealed class WorkerTelemetryHarness : IAsyncDisposable
{
    /// <summary>Read by the worker when it loads functions and builds its HTTP routes; the host sets it in Azure.</summary>
    private const string AppDirectoryVariable = "FUNCTIONS_APPLICATION_DIRECTORY";

    private readonly IHost _worker;
    private readonly string? _previousAppDirectory;
    private bool _stopped;

    private WorkerTelemetryHarness(FakeFunctionsHost host, IHost worker, CapturingTelemetryChannel channel, string? previousAppDirectory)
    {
        Host = host;
        _worker = worker;
        Channel = channel;
        _previousAppDirectory = previousAppDirectory;
    }

    public CapturingTelemetryChannel Channel { get; }

    public FakeFunctionsHost Host { get; }

    public static async Task<WorkerTelemetryHarness> StartAsync(
        IReadOnlyDictionary<string, string?> settings, TimeProvider time, Action<IServiceCollection> services, CancellationToken cancellationToken)
    {
        var previous = Environment.GetEnvironmentVariable(AppDirectoryVariable);
        Environment.SetEnvironmentVariable(AppDirectoryVariable, AppContext.BaseDirectory);
        var host = await FakeFunctionsHost.StartAsync();

        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Functions:Worker:HostEndpoint"] = host.Endpoint.ToString(),
            ["Functions:Worker:WorkerId"] = Guid.NewGuid().ToString(),
            ["Functions:Worker:RequestId"] = Guid.NewGuid().ToString(),
            ["Functions:Worker:GrpcMaxMessageLength"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Telemetry is on as in Azure; the endpoints are a closed loopback port, and the channel never sends.
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] =
                "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:1/;LiveEndpoint=http://127.0.0.1:1/",
        });
        builder.ConfigureFunctionsWebApplication();
        builder.AddFollowUp();

        var channel = new CapturingTelemetryChannel();
        builder.Services.AddSingleton<ITelemetryChannel>(channel);
        builder.Services.AddSingleton(time);
        services(builder.Services);
        var harness = new WorkerTelemetryHarness(host, builder.Build(), channel, previous);
        await harness._worker.StartAsync(cancellationToken);
        await host.InitializeAsync(AppContext.BaseDirectory, cancellationToken);
        return harness;
    }

    /// <summary>Stops the worker, which waits for in-flight requests, so that every item is in the channel.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _worker.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _worker.Dispose();
        await Host.DisposeAsync();
        Environment.SetEnvironmentVariable(AppDirectoryVariable, _previousAppDirectory);
    }
}
