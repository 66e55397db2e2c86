using System.Diagnostics;
using System.Globalization;
using FollowUp.Bench.Export;
using FollowUp.Bench.Measuring;
using FollowUp.Bench.Scan;
using FollowUp.Bench.Storage;
using FollowUp.Core.Reminders;
using FollowUp.Core.Reports;
using FollowUp.Core.Snapshots;

namespace FollowUp.Bench.Report;

/// <summary>
/// Seeds fresh tables with commitments and their history (the export benchmark's seeder), freezes
/// them in a snapshot, then measures the report of that snapshot in each format, read and written
/// as <c>followup report --snapshot</c> does, into a temporary file. Deletes the tables and the files
/// at the end unless <c>--keep</c>.
/// </summary>
public sealed class ReportBenchmark(
    ExportSeeder seeder,
    CreateSnapshot snapshots,
    BuildReport reports,
    BenchTables tables,
    PhaseMeter meter,
    ReminderPolicy policy)
{
    public const string SeedPhase = "seed";

    public const string SnapshotPhase = "snapshot";

    public const string SnapshotName = "bench";

    public async Task<ReportBenchReport> RunAsync(ReportBenchSettings settings, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var data = new BenchCommitments(settings.Commitments, settings.Owners, 0.15, 0.10, ExportBenchmark.AsOf, policy);
        var phases = new List<PhaseResult>();
        var problems = new List<string>();
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        var directory = Directory.CreateTempSubdirectory("followup-bench-report-");
        try
        {
            if (settings.Reuse is null)
            {
                await progress.WriteLineAsync(Invariant($"Seeding {settings.Commitments} commitments with {settings.History} history rows each into tables {tables.Prefix}*...")).ConfigureAwait(false);
                phases.Add(await meter.MeasureAsync(SeedPhase, ct => seeder.SeedAsync(data, settings.History, settings.Parallelism, progress, ct), cancellationToken).ConfigureAwait(false));

                await progress.WriteLineAsync($"Creating snapshot {SnapshotName}...").ConfigureAwait(false);
                phases.Add(await meter.MeasureAsync(SnapshotPhase, async ct => await snapshots.RunAsync(SnapshotName, cancellationToken: ct).ConfigureAwait(false) switch
                {
                    SnapshotCreateOutcome.Created created => created.Header.Commitments,
                    var other => throw new InvalidOperationException($"The snapshot was not created: {other}."),
                }, cancellationToken).ConfigureAwait(false));
            }

            foreach (var name in settings.Formats)
            {
                var path = Path.Combine(directory.FullName, "report." + name);
                await progress.WriteLineAsync($"Writing the {name} report...").ConfigureAwait(false);
                phases.Add(await meter.MeasureAsync(name, ct => WriteAsync(Enum.Parse<ReportFormat>(name, ignoreCase: true), path, ct), cancellationToken).ConfigureAwait(false));
                bytes[name] = new FileInfo(path).Length;
            }

            foreach (var phase in phases.Where(p => p.Name != SeedPhase && p.Items != settings.Commitments))
            {
                problems.Add(Invariant($"The {phase.Name} phase holds {phase.Items} commitments; {settings.Commitments} were seeded."));
            }

            using var process = Process.GetCurrentProcess();
            return new ReportBenchReport(settings, tables.Prefix, MachineDescription.Current(), phases, bytes, process.PeakWorkingSet64, problems);
        }
        finally
        {
            directory.Delete(recursive: true);
            if (!settings.Keep)
            {
                // Even when cancelled: a benchmark must not leave its rows behind.
                await tables.DeleteAllAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<long> WriteAsync(ReportFormat format, string path, CancellationToken cancellationToken)
    {
        if (await reports.LoadAsync(new ReportRequest(SnapshotName), cancellationToken).ConfigureAwait(false) is not ReportLoad.Loaded { Data: var data })
        {
            throw new InvalidOperationException($"Snapshot {SnapshotName} could not be read back.");
        }

        var output = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, useAsync: true);
        await using (output.ConfigureAwait(false))
        {
            await reports.WriteAsync(data, format, output, cancellationToken).ConfigureAwait(false);
        }

        return data.Footer.Commitments;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
