using System.CommandLine;
using FollowUp.Cli;
using FollowUp.Cli.Serve;
using Microsoft.AspNetCore.Routing;

namespace FollowUp.Tests.Browser;

/// <summary>
/// Which routes <c>followup serve</c> maps for the addresses it is told to listen on. The host is
/// built, never started: nothing here listens, on loopback or elsewhere.
/// </summary>
public sealed class ServeListenTests
{
    [Theory]
    [InlineData("http://0.0.0.0:7071")]
    [InlineData("http://[::]:7071")]
    [InlineData("http://*:7071")]
    [InlineData("http://+:7071")]
    [InlineData("http://192.0.2.10:7071")]
    [InlineData("http://followup.example.org:7071")]
    [InlineData("http://127.0.0.1:7071;http://0.0.0.0:7072")]
    public async Task ServeListeningBeyondLoopbackHasNoOutbox(string urls)
    {
        var routes = await RoutesAsync(urls);

        Assert.DoesNotContain(routes, r => r.StartsWith("/dev/outbox", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.EndsWith("commitments/{id}/progress", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:7071")]
    [InlineData("http://localhost:7071")]
    [InlineData("http://127.0.0.1:7071;http://[::1]:7071")]
    public async Task ServeListeningOnLoopbackOnlyHasTheOutbox(string urls)
    {
        var routes = await RoutesAsync(urls);

        Assert.Contains("/dev/outbox/", routes);
    }

    private static async Task<List<string>> RoutesAsync(string urls)
    {
        var connection = new Option<string?>("--connection");
        var parse = new RootCommand { connection }.Parse([]);
        var app = ServeCommand.Build(new CliHostFactory(connection, new Dictionary<string, string?>()), parse, urls, scanEvery: null);
        await using (app)
        {
            return [.. ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? "")];
        }
    }
}
