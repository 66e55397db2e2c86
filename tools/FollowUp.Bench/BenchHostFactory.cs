using System.CommandLine;
using System.Security.Cryptography;
using Azure.Data.Tables;
using FollowUp.Bench.Measuring;
using FollowUp.Bench.Storage;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace FollowUp.Bench;

/// <summary>
/// Builds the services a benchmark runs on: FollowUp's own registration (the one every host uses),
/// on tables of the run's own, with a <see cref="TableServiceClient"/> that counts its requests.
/// Settings come from <c>FollowUp__…</c> environment variables over the bench's defaults, then the
/// caller's settings, then <c>--connection</c>.
/// </summary>
public sealed class BenchHostFactory(Option<string?> connection, IReadOnlyDictionary<string, string?>? settings)
{
    /// <param name="run">The run id that names the tables: fresh, or a kept run's for <c>--reuse</c>.</param>
    /// <param name="configure">What the benchmark adds or replaces (the scan's counting sender).</param>
    public async Task<ServiceProvider> CreateAsync(ParseResult parseResult, string run, Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var services = new ServiceCollection();
        AddServices(services, parseResult, run);
        configure(services);

        var provider = services.BuildServiceProvider();
        try
        {
            // Nothing starts a host here, so run the start-up validation: a bad setting stops the
            // benchmark with its name before any table is created.
            provider.GetRequiredService<IStartupValidator>().Validate();
            return provider;
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// What every benchmark runs on, into a collection of the caller's: a service provider of its
    /// own (<see cref="CreateAsync"/>) or a web host's (the workspace benchmark).
    /// </summary>
    public void AddServices(IServiceCollection services, ParseResult parseResult, string run)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = Configuration(parseResult);

        // Progress and reports are printed by the benchmark; logs go to stderr so --format json stays parseable.
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        services.AddFollowUpCore(configuration);
        services.PostConfigure<FollowUpOptions>(o => o.Storage.TablePrefix = BenchTables.PrefixFor(o.Storage.TablePrefix, run));

        // Registered after FollowUp's own, so these win: the same settings reach the same account,
        // through a client with a request counter in its pipeline.
        var requests = new RequestCountingPolicy();
        services.AddSingleton(requests);
        services.AddSingleton(sp => CountingTableService.Create(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.Storage, requests));
        services.AddSingleton<BenchTables>();
        services.AddSingleton<PhaseMeter>();
    }

    private IConfiguration Configuration(ParseResult parseResult)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(Defaults())
            .AddEnvironmentVariables();
        if (settings is not null)
        {
            builder.AddInMemoryCollection(settings);
        }

        if (parseResult.GetValue(connection) is { Length: > 0 } connectionString)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FollowUp:Storage:ConnectionString"] = connectionString,
                ["FollowUp:Storage:TableServiceUri"] = null,
            });
        }

        // A benchmark never reaches the real SendGrid, whatever key the operator's shell holds.
        return builder.AddInMemoryCollection(new Dictionary<string, string?> { ["FollowUp:Email:SendGridApiKey"] = null }).Build();
    }

    /// <summary>
    /// What FollowUp requires and a benchmark does not care about. The signing key is fresh for each
    /// run: the links it signs are counted and dropped, never sent, so no key needs to be known.
    /// </summary>
    private static Dictionary<string, string?> Defaults() => new()
    {
        ["FollowUp:Email:FromAddress"] = "followup-bench@example.org",
        ["FollowUp:Reminders:EscalationCc"] = "jc-secretariat@example.org",
        ["FollowUp:Links:SigningKeys:0:Id"] = "bench",
        ["FollowUp:Links:SigningKeys:0:Secret"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };
}
