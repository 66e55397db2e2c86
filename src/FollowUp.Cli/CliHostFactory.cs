using System.CommandLine;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FollowUp.Cli;

/// <summary>
/// Builds the service provider a command runs on: appsettings.json beside the tool, then
/// <c>FollowUp__…</c> environment variables, then the command line's <c>--connection</c>.
/// </summary>
public sealed class CliHostFactory(
    Option<string?> connection,
    IReadOnlyDictionary<string, string?>? settings,
    Action<IServiceCollection>? services = null)
{
    /// <param name="configure">Services a command adds or replaces (the bench's counting sender), before any test override.</param>
    public IHost Create(ParseResult parseResult, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });

        // The tool prints its own results; framework chatter would get in the way of piping them.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);

        Configure(builder, parseResult, configure);
        var host = builder.Build();

        // A command does not start the host, so run the start-up validation ourselves: a bad
        // setting must stop the command with its name, not fail half-way through.
        host.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        return host;
    }

    /// <summary>
    /// Layers the command's configuration over the builder's and registers FollowUp's services:
    /// shared by the one-shot commands and by <c>followup serve</c>'s web host.
    /// </summary>
    public void Configure(IHostApplicationBuilder builder, ParseResult parseResult, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(parseResult);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (parseResult.GetValue(connection) is { Length: > 0 } connectionString)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FollowUp:Storage:ConnectionString"] = connectionString,
                ["FollowUp:Storage:TableServiceUri"] = null,
            });
        }

        builder.Services.AddFollowUpCore(builder.Configuration);
        configure?.Invoke(builder.Services);
        services?.Invoke(builder.Services);
    }
}
