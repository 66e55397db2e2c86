using System.CommandLine;
using FollowUp.Cli;
using FollowUp.Cli.Serve;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Cli;

/// <summary>
/// Where <c>followup serve</c>'s settings come from: the tool's appsettings.json, then
/// <c>FollowUp__…</c> environment variables over it, as in every other command. The host is built,
/// never started.
/// </summary>
[Collection(ProcessEnvironment.Name)]
public sealed class ServeConfigurationTests
{
    private const string FromNameVariable = "FollowUp__Email__FromName";

    [Fact]
    public async Task EnvironmentVariableOverridesTheToolsAppSettingsInServe()
    {
        var previous = Environment.GetEnvironmentVariable(FromNameVariable);
        Environment.SetEnvironmentVariable(FromNameVariable, "FollowUp (set by the operator)");
        try
        {
            var options = await ServeOptionsAsync();

            Assert.Equal("FollowUp (set by the operator)", options.Email.FromName);
        }
        finally
        {
            Environment.SetEnvironmentVariable(FromNameVariable, previous);
        }
    }

    [Fact]
    public async Task ServeStillReadsTheToolsAppSettings()
    {
        var options = await ServeOptionsAsync();

        Assert.Equal("FollowUp (local)", options.Email.FromName);
    }

    private static async Task<FollowUpOptions> ServeOptionsAsync()
    {
        var connection = new Option<string?>("--connection");
        var parse = new RootCommand { connection }.Parse([]);
        var app = ServeCommand.Build(new CliHostFactory(connection, new Dictionary<string, string?>()), parse, "http://127.0.0.1:7071", scanEvery: null);
        await using (app)
        {
            return app.Services.GetRequiredService<IOptions<FollowUpOptions>>().Value;
        }
    }
}
