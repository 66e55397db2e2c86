using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using FollowUp.Cli.Bench;
using FollowUp.Cli.Output;
using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.Commands;

/// <summary>
/// <c>followup bench scan</c>: measures the reminder scan against a raw read of the same table, on
/// synthetic data in tables of its own. A command rather than a timed test, because its figures
/// mean something only on a known machine and are recorded in docs/performance.md.
/// </summary>
public static class BenchCommand
{
    /// <summary>A Monday morning when both zones are past the default send hour (Karachi 10:00, Baku 09:00).</summary>
    private static readonly DateTimeOffset DefaultAsOf = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    public static Command Create(CliHostFactory hosts)
    {
        var command = new Command("bench", "Measure FollowUp's use cases on synthetic data in throw-away tables.");
        command.Subcommands.Add(CreateScan(hosts));
        return command;
    }

    private static Command CreateScan(CliHostFactory hosts)
    {
        var commitments = new Option<int>("--commitments") { Description = "Commitments to seed.", DefaultValueFactory = _ => 100_000 };
        var owners = new Option<int>("--owners") { Description = "Owner addresses to spread them over (at least 2).", DefaultValueFactory = _ => 500 };
        var dueFraction = new Option<double>("--due-fraction") { Description = "Share of commitments owed a nudge at the instant.", DefaultValueFactory = _ => 0.15 };
        var closedFraction = new Option<double>("--closed-fraction") { Description = "Share completed (the scan's open-only filter skips them).", DefaultValueFactory = _ => 0.10 };
        var parallelism = new Option<int>("--parallelism") { Description = "Concurrent writes while seeding.", DefaultValueFactory = _ => 32 };
        var rounds = new Option<int>("--rounds") { Description = "Run the measured phases this many times on one seed and report the median round: on a shared machine one round is noise.", DefaultValueFactory = _ => 1 };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark's tables instead of deleting them." };
        var reuse = new Option<string?>("--reuse") { Description = "Measure again on the tables a --keep run seeded: its run id (the 8 hex digits after 'Bench' in their names). Skips seeding and empties their send ledger; give the same sizes as that run." };
        reuse.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } id && !IsRunId(id))
            {
                r.AddError($"--reuse takes the 8 hex digits after 'Bench' in the kept tables' names; '{id}' is not that.");
            }
        });
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        commitments.Validators.Add(r => RequireAtLeast(r, commitments, 1));
        owners.Validators.Add(r => RequireAtLeast(r, owners, 2));
        parallelism.Validators.Add(r => RequireAtLeast(r, parallelism, 1));
        rounds.Validators.Add(r => RequireAtLeast(r, rounds, 1));
        dueFraction.Validators.Add(r => RequireFraction(r, dueFraction));
        closedFraction.Validators.Add(r => RequireFraction(r, closedFraction));

        var command = new Command("scan", "Seed throw-away tables, then time a raw read of every commitment against the reminder scan (dry run and real, with a sender that only counts).")
        {
            commitments,
            owners,
            dueFraction,
            closedFraction,
            parallelism,
            rounds,
            keep,
            reuse,
            format,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(dueFraction) + r.GetValue(closedFraction) > 1)
            {
                r.AddError("--due-fraction and --closed-fraction together may not exceed 1.");
            }
        });

        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            var requests = new RequestCountingPolicy();
            var sender = new CountingDigestSender();
            var reused = parseResult.GetValue(reuse);
            using var host = hosts.Create(parseResult, services => AddBench(services, requests, sender, reused ?? Guid.NewGuid().ToString("N")[..8]));
            var settings = new ScanBenchSettings(
                parseResult.GetValue(commitments),
                parseResult.GetValue(owners),
                parseResult.GetValue(dueFraction),
                parseResult.GetValue(closedFraction),
                DefaultAsOf,
                parseResult.GetValue(parallelism),
                parseResult.GetValue(keep),
                parseResult.GetValue(rounds),
                reused);

            var benchmark = host.Services.GetRequiredService<ScanBenchmark>();
            if (reused is not null && !await benchmark.SeededTablesExistAsync(cancellationToken).ConfigureAwait(false))
            {
                await error.WriteLineAsync($"There are no tables of bench run {reused} to reuse: run it with --keep first, and pass the id from the names of the tables it kept.").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            var report = await benchmark.RunAsync(settings, error, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, CommitmentJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await ScanBenchText.WriteAsync(output, report).ConfigureAwait(false);
            }

            foreach (var problem in report.Problems)
            {
                await error.WriteLineAsync($"MISMATCH: {problem}").ConfigureAwait(false);
            }

            return report.Problems.Count == 0 ? 0 : CommandErrors.Failure;
        }));
        return command;
    }

    private static bool IsRunId(string id) => id.Length == 8 && id.All(char.IsAsciiHexDigitLower);

    private static void AddBench(IServiceCollection services, RequestCountingPolicy requests, CountingDigestSender sender, string run)
    {
        // Tables of the benchmark's own, named after the configured prefix so that whoever owns that
        // prefix (a test, a developer) sees them; real data is never read or written.
        services.PostConfigure<FollowUpOptions>(o =>
        {
            var configured = o.Storage.TablePrefix ?? "FollowUp";
            o.Storage.TablePrefix = configured[..Math.Min(configured.Length, 28)] + "Bench" + run;
        });

        // Registered after FollowUp's own, so these win: the same endpoint and credential, with a
        // request counter in the pipeline, and a sender that does no I/O.
        services.AddSingleton(requests);
        services.AddSingleton(sp =>
        {
            var clientOptions = new TableClientOptions();
            clientOptions.AddPolicy(requests, Azure.Core.HttpPipelinePosition.PerRetry);
            return StorageServiceCollectionExtensions.CreateTableServiceClient(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.Storage, clientOptions);
        });
        services.AddSingleton(sender);
        services.AddSingleton<IDigestSender>(sender);
        services.AddSingleton<ScanBenchmark>();
    }

    private static void RequireAtLeast(System.CommandLine.Parsing.OptionResult result, Option<int> option, int minimum)
    {
        if (result.GetValueOrDefault<int>() < minimum)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at least {minimum}."));
        }
    }

    private static void RequireFraction(System.CommandLine.Parsing.OptionResult result, Option<double> option)
    {
        if (result.GetValueOrDefault<double>() is < 0 or > 1)
        {
            result.AddError($"{option.Name} must be between 0 and 1.");
        }
    }
}
