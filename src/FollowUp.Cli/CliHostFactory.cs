using System.CommandLine;
using FollowUp.Cli.LocalSettings;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli;

/// <summary>
/// Builds the service provider a command runs on: appsettings.json beside the tool, then
/// <c>FollowUp__…</c> environment variables, then the command line's <c>--connection</c>. A local
/// configuration with no signing key gets the generated one in <c>.followup/</c>.
/// </summary>
public sealed class CliHostFactory(
    Option<string?> connection,
    IReadOnlyDictionary<string, string?>? settings,
    Action<IServiceCollection>? services = null)
{
    /// <summary>Lets <c>scan</c> and <c>serve</c> write .eml files while storage is a real account.</summary>
    public Option<bool> AllowOutbox { get; } = new(CliOutboxValidator.AllowOutboxFlag)
    {
        Description = "Let scan and serve write emails to the outbox although storage is not the local emulator (they are then recorded as sent).",
        Recursive = true,
    };

    /// <param name="configure">Services a command adds or replaces (the bench's counting sender), before any test override.</param>
    public IHost Create(ParseResult parseResult, Action<IServiceCollection>? configure = null)
    {
        var builder = CreateBuilder();
        Configure(builder, parseResult, configure);
        var host = builder.Build();

        // A command does not start the host, so run the start-up validation ourselves: a bad
        // setting must stop the command with its name, not fail half-way through.
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }

    /// <summary>The builder every one-shot command starts from, before <see cref="Configure"/>.</summary>
    public static HostApplicationBuilder CreateBuilder()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });

        // The tool prints its own results; framework chatter would get in the way of piping them.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        return builder;
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
            builder.Configuration.Add(new LabelledSettingsSource("settings given to the command line in-process", settings));
        }

        if (parseResult.GetValue(connection) is { Length: > 0 } connectionString)
        {
            builder.Configuration.Add(new LabelledSettingsSource("--connection", new Dictionary<string, string?>
            {
                ["FollowUp:Storage:ConnectionString"] = connectionString,
                ["FollowUp:Storage:TableServiceUri"] = null,
            }));
        }

        AddLocalSigningKeyIfNeeded(builder.Configuration);
        builder.Services.AddFollowUpCore(builder.Configuration);
        if (Sends(parseResult) && !parseResult.GetValue(AllowOutbox))
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, CliOutboxValidator>());
        }

        configure?.Invoke(builder.Services);
        services?.Invoke(builder.Services);
    }

    /// <summary>Commands that hand mail to a transport; listing, importing or a dry run send nothing.</summary>
    private static bool Sends(ParseResult parseResult) => parseResult.CommandResult.Command.Name switch
    {
        "serve" => true,
        "scan" => !parseResult.GetValue<bool>("--dry-run"),
        _ => false,
    };

    private static void AddLocalSigningKeyIfNeeded(IConfigurationManager configuration)
    {
        if (configuration.GetSection(FollowUpOptions.SectionName + ":Links:SigningKeys").GetChildren().Any() || !IsLocal(configuration))
        {
            return;
        }

        // First, so that any key configured anywhere else wins.
        var path = LocalSigningKey.Ensure(LocalSigningKey.DefaultPath);
        var source = new JsonConfigurationSource { Path = path, Optional = false };
        source.ResolveFileProvider();
        configuration.Sources.Insert(0, source);
    }

    private static bool IsLocal(IConfiguration configuration)
    {
        var options = new FollowUpOptions();
        try
        {
            configuration.GetSection(FollowUpOptions.SectionName).Bind(options);
        }
        catch (InvalidOperationException)
        {
            // A setting that does not bind is reported by validation; it is no reason to make a key.
            return false;
        }

        return StorageTarget.Of(options.Storage).IsLocalEmulator
            && Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var links) && links.IsLoopback;
    }
}
