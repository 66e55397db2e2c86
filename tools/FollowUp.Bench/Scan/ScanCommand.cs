using System.CommandLine;
using System.Text.Json;
using FollowUp.Bench.Storage;
using FollowUp.Core.Email;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Bench.Scan;

/// <summary>
/// <c>scan</c>: measures the reminder scan against a raw read of the same table, on synthetic data
/// in tables of its own. A tool rather than a timed test, because its figures mean something only
/// on a known machine and are recorded in docs/performance.md.
/// </summary>
public static class ScanCommand
{
    /// <summary>A Monday morning when both zones are past the default send hour (Karachi 10:00, Baku 09:00).</summary>
    private static readonly DateTimeOffset DefaultAsOf = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    public static Command Create(BenchHostFactory hosts)
    {
        var commitments = new Option<int>("--commitments") { Description = "Commitments to seed.", DefaultValueFactory = _ => 100_000 };
        var owners = new Option<int>("--owners") { Description = "Owner addresses to spread them over (at least 2).", DefaultValueFactory = _ => 500 };
        var dueFraction = new Option<double>("--due-fraction") { Description = "Share of commitments owed a nudge at the instant.", DefaultValueFactory = _ => 0.15 };
        var closedFraction = new Option<double>("--closed-fraction") { Description = "Share completed (the scan's open-only filter skips them).", DefaultValueFactory = _ => 0.10 };
        var parallelism = new Option<int>("--parallelism") { Description = "Concurrent writes while seeding.", DefaultValueFactory = _ => 32 };
        var rounds = new Option<int>("--rounds") { Description = "Run the measured phases this many times on one seed and report the median round: on a shared machine one round is noise.", DefaultValueFactory = _ => 1 };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark's tables instead of deleting them." };
        var reuse = new Option<string?>("--reuse") { Description = "Measure again on the tables a --keep run seeded: its run id (the 8 hex digits after 'Bench' in their names). Skips seeding and empties their send ledger; give the same sizes as that run." };
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        OptionRules.AtLeast(commitments, 1);
        OptionRules.AtLeast(owners, 2);
        OptionRules.AtLeast(parallelism, 1);
        OptionRules.AtLeast(rounds, 1);
        OptionRules.Fraction(dueFraction);
        OptionRules.Fraction(closedFraction);
        OptionRules.Matches(reuse, BenchTables.IsRunId, "the 8 hex digits after 'Bench' in the kept tables' names");

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

        command.SetAction((parseResult, cancellationToken) => BenchErrors.RunAsync(parseResult, async (output, error) =>
        {
            var reused = parseResult.GetValue(reuse);
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

            await using var services = await hosts.CreateAsync(parseResult, reused ?? BenchTables.NewRunId(), AddScanBenchmark).ConfigureAwait(false);
            if (reused is not null && !await services.GetRequiredService<BenchTables>().CommitmentsExistAsync(cancellationToken).ConfigureAwait(false))
            {
                await error.WriteLineAsync($"There are no tables of bench run {reused} to reuse: run it with --keep first, and pass the id from the names of the tables it kept.").ConfigureAwait(false);
                return BenchErrors.Failure;
            }

            var report = await services.GetRequiredService<ScanBenchmark>().RunAsync(settings, error, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, BenchJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await ScanBenchText.WriteAsync(output, report).ConfigureAwait(false);
            }

            foreach (var problem in report.Problems)
            {
                await error.WriteLineAsync($"MISMATCH: {problem}").ConfigureAwait(false);
            }

            return report.Problems.Count == 0 ? 0 : BenchErrors.Failure;
        }, cancellationToken));
        return command;
    }

    /// <summary>A sender that does no I/O, so the scan is timed without an email provider.</summary>
    private static void AddScanBenchmark(IServiceCollection services)
    {
        var sender = new CountingDigestSender();
        services.AddSingleton(sender);
        services.AddSingleton<IDigestSender>(sender);
        services.AddSingleton<IEscalationSender>(sender);
        services.AddSingleton<ScanSeeder>();
        services.AddSingleton<ScanRoundRunner>();
        services.AddSingleton<ScanBenchmark>();
    }
}
