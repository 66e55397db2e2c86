using System.Diagnostics;
using System.Globalization;
using FollowUp.Bench.Export;
using FollowUp.Bench.Measuring;
using FollowUp.Bench.Storage;
using FollowUp.Core.Delivery;

namespace FollowUp.Bench.Workspace;

/// <summary>
/// Seeds fresh tables with the workspace's commitments and bounces (unless a kept run is reused),
/// then asks the workspace's overview and list routes over loopback HTTP and times the use cases
/// behind them. Deletes the tables at the end unless <c>--keep</c>.
/// </summary>
public sealed class WorkspaceBenchmark(
    ExportSeeder seeder,
    IDeliveryEventStore events,
    UseCaseTimer useCases,
    BenchTables tables,
    PhaseMeter meter,
    RequestCountingPolicy storage)
{
    public const string SeedPhase = "seed";

    /// <summary>Runs of each use case timed in-process: enough for a median, fewer than the routes' requests.</summary>
    private const int MaxUseCaseRuns = 10;

    public async Task<WorkspaceBenchReport> RunAsync(WorkspaceBenchSettings settings, WorkspaceData data, HttpClient client, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(progress);
        try
        {
            PhaseResult? seed = null;
            if (settings.Reuse is null)
            {
                await progress.WriteLineAsync(Invariant($"Seeding {settings.Commitments} commitments and their owners' bounces into tables {tables.Prefix}*...")).ConfigureAwait(false);
                seed = await meter.MeasureAsync(SeedPhase, async ct =>
                {
                    var rows = await seeder.SeedAsync(data.Generate(), data.Count, settings.Parallelism, progress, ct).ConfigureAwait(false);
                    await events.RecordAsync(data.Bounces(), ct).ConfigureAwait(false);
                    return rows;
                }, cancellationToken).ConfigureAwait(false);
            }

            var runner = new RouteRunner(client, storage);
            var routes = new List<RouteResult>();
            var problems = new List<string>();
            foreach (var route in WorkspaceRoute.All)
            {
                await progress.WriteLineAsync(Invariant($"Asking {route.Name} ({route.Format}) {settings.Requests} times...")).ConfigureAwait(false);
                var (result, routeProblems) = await runner.RunAsync(route, settings.Requests, cancellationToken).ConfigureAwait(false);
                routes.Add(result);
                problems.AddRange(routeProblems);
            }

            await progress.WriteLineAsync("Timing the use cases in-process...").ConfigureAwait(false);
            var timings = await useCases.RunAsync(Math.Min(settings.Requests, MaxUseCaseRuns), cancellationToken).ConfigureAwait(false);
            problems.AddRange(WorkspaceChecks.Totals(routes, settings.Commitments));
            using var process = Process.GetCurrentProcess();
            return new WorkspaceBenchReport(settings, tables.Prefix, MachineDescription.Current(), seed, routes, timings, process.PeakWorkingSet64, problems);
        }
        finally
        {
            if (!settings.Keep)
            {
                // Even when cancelled: a benchmark must not leave its rows behind.
                await tables.DeleteAllAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
