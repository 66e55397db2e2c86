using System.Diagnostics;
using System.Globalization;
using FollowUp.Bench.Measuring;
using FollowUp.Bench.Scan;
using FollowUp.Bench.Storage;
using FollowUp.Core.Backup;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Options;

namespace FollowUp.Bench.Export;

/// <summary>
/// Seeds fresh tables with commitments and their history, then measures the backup's export of
/// every table of the run to a blob container of the run's own, and checks that it holds every
/// seeded row. Deletes the tables and the container at the end unless <c>--keep</c>.
/// </summary>
public sealed class ExportBenchmark(
    ExportSeeder seeder,
    TableExport export,
    BenchTables tables,
    PhaseMeter meter,
    ReminderPolicy policy,
    IOptions<FollowUpOptions> options)
{
    public const string SeedPhase = "seed";

    public const string ExportPhase = "export";

    /// <summary>The scan benchmark's instant, so the two benchmarks seed the same commitments.</summary>
    public static readonly DateTimeOffset AsOf = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    public async Task<ExportBenchReport> RunAsync(ExportBenchSettings settings, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var data = new BenchCommitments(settings.Commitments, settings.Owners, 0.15, 0.10, AsOf, policy);
        var phases = new List<PhaseResult>();
        try
        {
            if (settings.Reuse is null)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Seeding {settings.Commitments} commitments with {settings.History} history rows each into tables {tables.Prefix}*...")).ConfigureAwait(false);
                phases.Add(await meter.MeasureAsync(SeedPhase, ct => seeder.SeedAsync(data, settings.History, settings.Parallelism, progress, ct), cancellationToken).ConfigureAwait(false));
            }

            await progress.WriteLineAsync($"Exporting tables {tables.Prefix}* to container {options.Value.Storage.BackupContainer}...").ConfigureAwait(false);
            ExportOutcome? outcome = null;
            phases.Add(await meter.MeasureAsync(ExportPhase, async ct =>
            {
                outcome = await export.ToContainerAsync(ct).ConfigureAwait(false);
                return (outcome as ExportOutcome.Written)?.Manifest.TotalRows ?? 0;
            }, cancellationToken).ConfigureAwait(false));

            return Report(settings, phases, outcome!);
        }
        finally
        {
            if (!settings.Keep)
            {
                // Even when cancelled: a benchmark must not leave 300,000 rows and their export behind.
                await tables.DeleteAllAsync(CancellationToken.None).ConfigureAwait(false);
                await BlobClients.Create(tables.Storage).GetBlobContainerClient(options.Value.Storage.BackupContainer)
                    .DeleteIfExistsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private ExportBenchReport Report(ExportBenchSettings settings, List<PhaseResult> phases, ExportOutcome outcome)
    {
        var problems = new List<string>();
        var expected = (long)settings.Commitments * (1 + settings.History);
        IReadOnlyDictionary<string, long> rows = new Dictionary<string, long>();
        var destination = "";
        var bytes = 0L;
        if (outcome is ExportOutcome.Written written)
        {
            (rows, destination, bytes) = (written.Manifest.Rows, written.Destination, written.Bytes);
            var commitments = rows.TryGetValue("Commitments", out var count) ? count : 0;
            if (commitments != expected)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"The export holds {commitments} rows of Commitments; {expected} were seeded."));
            }
        }
        else
        {
            problems.Add($"The export was not written: {outcome}.");
        }

        using var process = Process.GetCurrentProcess();
        return new ExportBenchReport(settings, tables.Prefix, destination, MachineDescription.Current(), phases, rows, rows.Values.Sum(), bytes, process.PeakWorkingSet64, problems);
    }
}
