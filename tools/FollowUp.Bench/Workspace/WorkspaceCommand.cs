using System.CommandLine;
using System.Text.Json;
using FollowUp.Bench.Export;
using FollowUp.Bench.Storage;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Bench.Workspace;

/// <summary>
/// <c>workspace</c>: measures the secretariat's overview and list (p50, p95 and max per route,
/// storage requests per request, memory) over loopback HTTP against the real web layer, on
/// synthetic commitments in tables of its own.
/// </summary>
public static class WorkspaceCommand
{
    public static Command Create(BenchHostFactory hosts)
    {
        var commitments = new Option<int>("--commitments") { Description = "Commitments to seed.", DefaultValueFactory = _ => 10_000 };
        var owners = new Option<int>("--owners") { Description = "Owner addresses to spread them over (at least 2).", DefaultValueFactory = _ => 500 };
        var requests = new Option<int>("--requests") { Description = "Requests to each route, one at a time, after one warm-up request.", DefaultValueFactory = _ => 50 };
        var parallelism = new Option<int>("--parallelism") { Description = "Concurrent commitments while seeding.", DefaultValueFactory = _ => 32 };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark's tables instead of deleting them." };
        var reuse = new Option<string?>("--reuse") { Description = "Ask the routes again over the tables a --keep run seeded: its run id (the 8 hex digits after 'Bench' in their names)." };
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        OptionRules.AtLeast(commitments, 1);
        OptionRules.AtLeast(owners, 2);
        OptionRules.AtLeast(requests, 1);
        OptionRules.AtLeast(parallelism, 1);
        OptionRules.Matches(reuse, BenchTables.IsRunId, "the 8 hex digits after 'Bench' in the kept tables' names");

        var command = new Command("workspace", "Seed throw-away tables with commitments, then time the secretariat's overview and list over loopback HTTP, with storage requests and peak memory.")
        {
            commitments,
            owners,
            requests,
            parallelism,
            keep,
            reuse,
            format,
        };

        command.SetAction((parseResult, cancellationToken) => BenchErrors.RunAsync(parseResult, async (output, error) =>
        {
            var reused = parseResult.GetValue(reuse);
            var settings = new WorkspaceBenchSettings(
                parseResult.GetValue(commitments), parseResult.GetValue(owners), parseResult.GetValue(requests), parseResult.GetValue(parallelism), parseResult.GetValue(keep), reused);
            var run = reused ?? BenchTables.NewRunId();
            var app = await WorkspaceHost.StartAsync(hosts, parseResult, run, AddWorkspaceBenchmark, cancellationToken).ConfigureAwait(false);
            await using (app.ConfigureAwait(false))
            {
                var services = app.Services;
                if (reused is not null && !await services.GetRequiredService<BenchTables>().CommitmentsExistAsync(cancellationToken).ConfigureAwait(false))
                {
                    await error.WriteLineAsync($"There are no tables of bench run {reused} to reuse: run it with --keep first, and pass the id from the names of the tables it kept.").ConfigureAwait(false);
                    return BenchErrors.Failure;
                }

                var data = new WorkspaceData(settings.Commitments, settings.Owners, services.GetRequiredService<TimeProvider>().GetUtcNow(), services.GetRequiredService<ReminderPolicy>());
                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
                var report = await services.GetRequiredService<WorkspaceBenchmark>().RunAsync(settings, data, client, error, cancellationToken).ConfigureAwait(false);
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                if (parseResult.GetRequiredValue(format) == "json")
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(report, BenchJson.Options)).ConfigureAwait(false);
                }
                else
                {
                    await WorkspaceBenchText.WriteAsync(output, report).ConfigureAwait(false);
                }

                foreach (var problem in report.Problems)
                {
                    await error.WriteLineAsync($"MISMATCH: {problem}").ConfigureAwait(false);
                }

                return report.Problems.Count == 0 ? 0 : BenchErrors.Failure;
            }
        }, cancellationToken));
        return command;
    }

    private static void AddWorkspaceBenchmark(IServiceCollection services)
    {
        services.AddSingleton<ExportSeeder>();
        services.AddSingleton<UseCaseTimer>();
        services.AddSingleton<WorkspaceBenchmark>();
    }
}
