using System.CommandLine;
using System.Text.Json;
using FollowUp.Bench.Export;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Bench.Report;

/// <summary>
/// <c>report</c>: measures the session report (time and peak memory per format) of a snapshot of
/// synthetic commitments with their history, in tables of its own.
/// </summary>
public static class ReportCommand
{
    private static readonly string[] AllFormats = ["html", "xlsx", "docx", "csv"];

    public static Command Create(BenchHostFactory hosts)
    {
        var commitments = new Option<int>("--commitments") { Description = "Commitments to seed.", DefaultValueFactory = _ => 10_000 };
        var history = new Option<int>("--history") { Description = "History rows (owners' progress reports with a note) per commitment.", DefaultValueFactory = _ => 3 };
        var owners = new Option<int>("--owners") { Description = "Owner addresses to spread them over (at least 2).", DefaultValueFactory = _ => 500 };
        var parallelism = new Option<int>("--parallelism") { Description = "Concurrent commitments while seeding.", DefaultValueFactory = _ => 32 };
        var formats = new Option<string[]>("--formats") { Description = "Formats to measure, in order.", DefaultValueFactory = _ => AllFormats, AllowMultipleArgumentsPerToken = true };
        formats.AcceptOnlyFromAmong(AllFormats);
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark's tables instead of deleting them." };
        var reuse = new Option<string?>("--reuse") { Description = "Report again the snapshot a --keep run made, without seeding: its run id (the 8 hex digits after 'Bench' in the tables' names). Give the same sizes as that run, and --keep to keep the tables for the next." };
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        OptionRules.AtLeast(commitments, 1);
        OptionRules.AtLeast(history, 0);
        OptionRules.AtLeast(owners, 2);
        OptionRules.AtLeast(parallelism, 1);
        OptionRules.Matches(reuse, Storage.BenchTables.IsRunId, "the 8 hex digits after 'Bench' in the kept tables' names");

        var command = new Command("report", "Seed throw-away tables with commitments and their history, snapshot them, then time the session report of that snapshot in each format, with its peak memory.")
        {
            commitments,
            history,
            owners,
            parallelism,
            formats,
            keep,
            reuse,
            format,
        };

        command.SetAction((parseResult, cancellationToken) => BenchErrors.RunAsync(parseResult, async (output, error) =>
        {
            var settings = new ReportBenchSettings(
                parseResult.GetValue(commitments), parseResult.GetValue(history), parseResult.GetValue(owners), parseResult.GetValue(parallelism),
                [.. parseResult.GetRequiredValue(formats).Distinct(StringComparer.Ordinal)], parseResult.GetValue(keep), parseResult.GetValue(reuse));
            await using var services = await hosts.CreateAsync(parseResult, settings.Reuse ?? Storage.BenchTables.NewRunId(), s => s.AddSingleton<ExportSeeder>().AddSingleton<ReportBenchmark>()).ConfigureAwait(false);
            if (settings.Reuse is not null && !await services.GetRequiredService<Storage.BenchTables>().CommitmentsExistAsync(cancellationToken).ConfigureAwait(false))
            {
                await error.WriteLineAsync($"There are no tables of bench run {settings.Reuse} to reuse: run it with --keep first, and pass the id from the names of the tables it kept.").ConfigureAwait(false);
                return BenchErrors.Failure;
            }

            var report = await services.GetRequiredService<ReportBenchmark>().RunAsync(settings, error, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, BenchJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await ReportBenchText.WriteAsync(output, report).ConfigureAwait(false);
            }

            foreach (var problem in report.Problems)
            {
                await error.WriteLineAsync($"MISMATCH: {problem}").ConfigureAwait(false);
            }

            return report.Problems.Count == 0 ? 0 : BenchErrors.Failure;
        }, cancellationToken));
        return command;
    }
}
