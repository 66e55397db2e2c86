using System.CommandLine;
using System.Text.Json;
using FollowUp.Bench.Storage;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Bench.Export;

/// <summary>
/// <c>export</c>: measures the backup's export (time, bytes, memory) of synthetic commitments and
/// their history, in tables and a blob container of its own.
/// </summary>
public static class ExportCommand
{
    public static Command Create(BenchHostFactory hosts)
    {
        var commitments = new Option<int>("--commitments") { Description = "Commitments to seed.", DefaultValueFactory = _ => 100_000 };
        var history = new Option<int>("--history") { Description = "History rows (progress reports) per commitment.", DefaultValueFactory = _ => 2 };
        var owners = new Option<int>("--owners") { Description = "Owner addresses to spread them over (at least 2).", DefaultValueFactory = _ => 500 };
        var parallelism = new Option<int>("--parallelism") { Description = "Concurrent commitments while seeding.", DefaultValueFactory = _ => 32 };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark's tables and its backup container instead of deleting them." };
        var reuse = new Option<string?>("--reuse") { Description = "Export again the tables a --keep run seeded: its run id (the 8 hex digits after 'Bench' in their names). Give the same sizes as that run." };
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        OptionRules.AtLeast(commitments, 1);
        OptionRules.AtLeast(history, 0);
        OptionRules.AtLeast(owners, 2);
        OptionRules.AtLeast(parallelism, 1);
        OptionRules.Matches(reuse, BenchTables.IsRunId, "the 8 hex digits after 'Bench' in the kept tables' names");

        var command = new Command("export", "Seed throw-away tables with commitments and their history, then time the backup's export of them to a blob container, with its size and peak memory.")
        {
            commitments,
            history,
            owners,
            parallelism,
            keep,
            reuse,
            format,
        };

        command.SetAction((parseResult, cancellationToken) => BenchErrors.RunAsync(parseResult, async (output, error) =>
        {
            var reused = parseResult.GetValue(reuse);
            var settings = new ExportBenchSettings(
                parseResult.GetValue(commitments), parseResult.GetValue(history), parseResult.GetValue(owners), parseResult.GetValue(parallelism), parseResult.GetValue(keep), reused);
            var run = reused ?? BenchTables.NewRunId();
            await using var services = await hosts.CreateAsync(parseResult, run, s => AddExportBenchmark(s, run)).ConfigureAwait(false);
            if (reused is not null && !await services.GetRequiredService<BenchTables>().CommitmentsExistAsync(cancellationToken).ConfigureAwait(false))
            {
                await error.WriteLineAsync($"There are no tables of bench run {reused} to reuse: run it with --keep first, and pass the id from the names of the tables it kept.").ConfigureAwait(false);
                return BenchErrors.Failure;
            }

            var report = await services.GetRequiredService<ExportBenchmark>().RunAsync(settings, error, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, BenchJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await ExportBenchText.WriteAsync(output, report).ConfigureAwait(false);
            }

            foreach (var problem in report.Problems)
            {
                await error.WriteLineAsync($"MISMATCH: {problem}").ConfigureAwait(false);
            }

            return report.Problems.Count == 0 ? 0 : BenchErrors.Failure;
        }, cancellationToken));
        return command;
    }

    private static void AddExportBenchmark(IServiceCollection services, string run)
    {
        // A container of the run's own, so that no real backup is read, written or counted.
        services.PostConfigure<FollowUpOptions>(o => o.Storage.BackupContainer = $"followup-bench-{run}");
        services.AddSingleton<ExportSeeder>();
        services.AddSingleton<ExportBenchmark>();
    }
}
