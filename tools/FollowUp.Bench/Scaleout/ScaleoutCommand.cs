using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FollowUp.Bench.Scan;
using FollowUp.Bench.Storage;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Bench.Scaleout;

/// <summary>
/// <c>scaleout</c>: the queued pipeline end to end against a fake SendGrid on loopback, with 1, 4 and
/// 16 worker processes by default, then a SIGKILL of one worker mid-run and a repeated run.
/// </summary>
public static class ScaleoutCommand
{
    /// <summary>A Monday morning when both zones are past the default send hour, as the scan benchmark uses.</summary>
    private static readonly DateTimeOffset DefaultAsOf = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    public static Command Create(BenchHostFactory hosts)
    {
        var commitments = new Option<int>("--commitments") { Description = "Commitments to seed.", DefaultValueFactory = _ => 100_000 };
        var owners = new Option<int>("--owners") { Description = "Owner addresses (at least 2).", DefaultValueFactory = _ => 5_000 };
        var dueFraction = new Option<double>("--due-fraction") { Description = "Share of commitments owed a nudge.", DefaultValueFactory = _ => 0.15 };
        var workers = new Option<string>("--workers") { Description = "Worker processes of each round, comma-separated.", DefaultValueFactory = _ => "1,4,16" };
        var latency = new Option<int>("--latency-ms") { Description = "How long the fake SendGrid takes to answer.", DefaultValueFactory = _ => 200 };
        var errorRate = new Option<double>("--error-rate") { Description = "Share of requests the fake SendGrid answers 500 (retried by the transport).", DefaultValueFactory = _ => 0 };
        var noKill = new Option<bool>("--no-kill") { Description = "Skip the SIGKILL round." };
        var parallelism = new Option<int>("--parallelism") { Description = "Concurrent writes while seeding.", DefaultValueFactory = _ => 32 };
        var shards = new Option<int?>("--shards") { Description = "Plan from the owner index in this many shards (1-64) instead of the full read." };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark's tables and queues, for --reuse." };
        var reuse = new Option<string?>("--reuse") { Description = "Run again on the tables a --keep run seeded: its run id (printed as 'run', and the 8 hex digits after 'Bench' in the tables' names). Skips seeding; give the same sizes as that run." };
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        OptionRules.AtLeast(commitments, 1);
        OptionRules.AtLeast(owners, 2);
        OptionRules.AtLeast(latency, 0);
        OptionRules.AtLeast(parallelism, 1);
        OptionRules.Fraction(dueFraction);
        OptionRules.Fraction(errorRate);
        shards.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is not (null or (>= 1 and <= OwnerIndexKeys.Buckets)))
            {
                r.AddError($"--shards is a shard count from 1 to {OwnerIndexKeys.Buckets}");
            }
        });
        OptionRules.Matches(reuse, BenchTables.IsRunId, "the 8 hex digits after 'Bench' in the kept tables' names");
        workers.Validators.Add(r =>
        {
            if (ParseWorkers(r.GetValueOrDefault<string>() ?? "") is null)
            {
                r.AddError("--workers is a comma-separated list of worker counts from 1 to 64, such as 1,4,16");
            }
        });

        var command = new Command("scaleout", "Seed throw-away tables, then run the queued pipeline end to end with worker processes against a fake SendGrid on loopback, and kill one worker mid-run.")
        {
            commitments, owners, dueFraction, workers, latency, errorRate, noKill, parallelism, shards, keep, reuse, format,
        };
        command.SetAction((parseResult, cancellationToken) => BenchErrors.RunAsync(parseResult, async (output, error) =>
        {
            var reused = parseResult.GetValue(reuse);
            var settings = new ScaleoutSettings(
                parseResult.GetValue(commitments),
                parseResult.GetValue(owners),
                parseResult.GetValue(dueFraction),
                DefaultAsOf,
                parseResult.GetValue(parallelism),
                ParseWorkers(parseResult.GetRequiredValue(workers))!,
                TimeSpan.FromMilliseconds(parseResult.GetValue(latency)),
                parseResult.GetValue(errorRate),
                !parseResult.GetValue(noKill),
                parseResult.GetValue(keep),
                reused,
                parseResult.GetValue(shards));
            var run = reused ?? BenchTables.NewRunId();
            await using var fake = new FakeSendGrid(settings.Latency, settings.ErrorRate);
            await using var services = await hosts.CreateAsync(parseResult, run, s =>
            {
                ScaleoutServices.Add(s, run, fakeSendGrid: null);
                s.AddSingleton<ScanSeeder>();
                s.AddSingleton<DeliveryRuns>();
                s.AddSingleton<ScaleoutBenchmark>();
            }).ConfigureAwait(false);
            if (reused is not null && !await services.GetRequiredService<BenchTables>().CommitmentsExistAsync(cancellationToken).ConfigureAwait(false))
            {
                await error.WriteLineAsync($"There are no tables of bench run {reused} to reuse: run it with --keep first, and pass the run id it printed.").ConfigureAwait(false);
                return BenchErrors.Failure;
            }

            var report = await services.GetRequiredService<ScaleoutBenchmark>().RunAsync(settings, run, fake, error, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, BenchJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await ScaleoutText.WriteAsync(output, report).ConfigureAwait(false);
            }

            var problems = report.Problems();
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"MISMATCH: {problem}").ConfigureAwait(false);
            }

            return problems.Count == 0 ? 0 : BenchErrors.Failure;
        }, cancellationToken));
        return command;
    }

    private static int[]? ParseWorkers(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var counts = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 64 ? n : 0).ToArray();
        return counts.Length == 0 || counts.Contains(0) ? null : counts;
    }
}
