using System.Net;
using System.Text.Json;
using FollowUp.Tests.Functions.FakeHost.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowUp.Tests.Functions.FakeHost;

/// <summary>
/// Plays the Azure Functions host towards a real isolated worker in this process, over the worker's
/// own protocol: a gRPC event stream on loopback for init, metadata, load and invocations, and, for
/// HTTP triggers, the request itself forwarded to the worker's ASP.NET Core server with the
/// invocation id header, as the host does with the ASP.NET Core integration. Nothing of the worker
/// is replaced, so what it logs and tracks is what it would in Azure.
/// </summary>
internal sealed class FakeFunctionsHost : IAsyncDisposable
{
    private const string InvocationIdHeader = "x-ms-invocation-id";

    private readonly WebApplication _server;
    private readonly WorkerStream _worker;
    private readonly Dictionary<string, RpcFunctionMetadata> _functions = new(StringComparer.Ordinal);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(2) };
    private Uri? _workerHttp;

    private FakeFunctionsHost(WebApplication server, WorkerStream worker, Uri endpoint)
    {
        _server = server;
        _worker = worker;
        Endpoint = endpoint;
    }

    /// <summary>Where the worker connects: its <c>Functions:Worker:HostEndpoint</c>.</summary>
    public Uri Endpoint { get; }

    public static async Task<FakeFunctionsHost> StartAsync()
    {
        var worker = new WorkerStream();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(worker);
        var server = builder.Build();
        server.MapGrpcService<FunctionRpcService>();
        await server.StartAsync();
        return new FakeFunctionsHost(server, worker, new Uri(server.Urls.Single()));
    }

    /// <summary>Init, metadata and load, as the host does once the worker has opened its stream.</summary>
    public async Task InitializeAsync(string appDirectory, CancellationToken cancellationToken)
    {
        var init = await _worker.RequestAsync(new StreamingMessage
        {
            WorkerInitRequest = new WorkerInitRequest { HostVersion = "4.1040.100.0", FunctionAppDirectory = appDirectory, WorkerDirectory = appDirectory },
        }, cancellationToken);
        Succeeded(init.WorkerInitResponse.Result, "init");
        _workerHttp = new Uri(init.WorkerInitResponse.Capabilities["HttpUri"]);

        var metadata = await _worker.RequestAsync(new StreamingMessage
        {
            FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory },
        }, cancellationToken);
        Succeeded(metadata.FunctionMetadataResponse.Result, "metadata");
        foreach (var function in metadata.FunctionMetadataResponse.FunctionMetadataResults)
        {
            function.Directory = appDirectory;
            AddBindingsFromRaw(function);
            var load = await _worker.RequestAsync(new StreamingMessage
            {
                FunctionLoadRequest = new FunctionLoadRequest { FunctionId = function.FunctionId, Metadata = function },
            }, cancellationToken);
            Succeeded(load.FunctionLoadResponse.Result, "load " + function.Name);
            _functions[function.Name] = function;
        }
    }

    /// <summary>An HTTP-triggered invocation: the invocation over gRPC, the request over HTTP, as the host sends them.</summary>
    public async Task<HttpResponseMessage> InvokeHttpAsync(
        string function, HttpMethod method, string pathAndQuery, IReadOnlyDictionary<string, string> routeValues, CancellationToken cancellationToken)
    {
        var invocation = NewInvocation(function);
        invocation.InputData.Add(new ParameterBinding { Name = "request", Data = new TypedData { Http = new RpcHttp() } });
        foreach (var (name, value) in routeValues)
        {
            invocation.TriggerMetadata[name] = new TypedData { String = value };
        }

        var answer = _worker.RequestAsync(new StreamingMessage { InvocationRequest = invocation }, cancellationToken);
        using var request = new HttpRequestMessage(method, new Uri(_workerHttp!, pathAndQuery));
        request.Headers.Add(InvocationIdHeader, invocation.InvocationId);
        var response = await _http.SendAsync(request, cancellationToken);
        Succeeded((await answer).InvocationResponse.Result, "invoke " + function);
        return response;
    }

    public async Task InvokeTimerAsync(string function, string binding, CancellationToken cancellationToken)
    {
        var invocation = NewInvocation(function);
        invocation.InputData.Add(new ParameterBinding { Name = binding, Data = new TypedData { Json = """{"ScheduleStatus":null,"IsPastDue":false}""" } });
        var answer = await _worker.RequestAsync(new StreamingMessage { InvocationRequest = invocation }, cancellationToken);
        Succeeded(answer.InvocationResponse.Result, "invoke " + function);
    }

    /// <summary>A queue-triggered invocation, as the host sends one message: its text, id and dequeue count.</summary>
    public async Task InvokeQueueAsync(string function, string binding, string message, string id, long dequeueCount, CancellationToken cancellationToken)
    {
        var invocation = NewInvocation(function);
        invocation.InputData.Add(new ParameterBinding { Name = binding, Data = new TypedData { String = message } });
        invocation.TriggerMetadata["Id"] = new TypedData { String = id };
        invocation.TriggerMetadata["DequeueCount"] = new TypedData { Json = dequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var answer = await _worker.RequestAsync(new StreamingMessage { InvocationRequest = invocation }, cancellationToken);
        Succeeded(answer.InvocationResponse.Result, "invoke " + function);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    private InvocationRequest NewInvocation(string function) => new()
    {
        InvocationId = Guid.NewGuid().ToString(),
        FunctionId = _functions[function].FunctionId,
        TraceContext = new RpcTraceContext { TraceParent = $"00-{Guid.NewGuid():N}-{Guid.NewGuid().ToString("N")[..16]}-01", TraceState = "" },
    };

    /// <summary>The host, not the worker, turns each binding's JSON into the typed form the load request carries.</summary>
    private static void AddBindingsFromRaw(RpcFunctionMetadata function)
    {
        foreach (var raw in function.RawBindings)
        {
            using var binding = JsonDocument.Parse(raw);
            var root = binding.RootElement;
            function.Bindings[root.GetProperty("name").GetString()!] = new BindingInfo
            {
                Type = root.GetProperty("type").GetString(),
                Direction = Enum.Parse<BindingInfo.Types.Direction>(root.GetProperty("direction").GetString()!, ignoreCase: true),
            };
        }
    }

    private static void Succeeded(StatusResult result, string step)
    {
        if (result.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"The worker failed to {step}: {result.Exception?.Message} {result.Exception?.StackTrace}");
        }
    }
}
