using Azure.Data.Tables;
using FollowUp.Bench.Measuring;
using FollowUp.Bench.Storage;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;

namespace FollowUp.Bench.Scan;

/// <summary>
/// Measures one round, back to back: a raw read of every commitment row, a read of the rows the
/// scan asks for, the store's own read, and the reminder scan as a dry run and for real.
/// </summary>
public sealed class ScanRoundRunner(ICommitmentStore store, ReminderScan scan, BenchTables tables, PhaseMeter meter)
{
    /// <summary>The service's largest page, as the store's own scan uses.</summary>
    private const int PageSize = 1000;

    /// <summary>
    /// The scan's read as docs/architecture.md lays out the table: current rows that are open. The
    /// check that this read returns every open commitment seeded keeps it in step with the store.
    /// </summary>
    private static readonly string OpenCurrentRows = TableClient.CreateQueryFilter($"RowKey eq {"commitment"} and IsOpen eq {true}");

    public async Task<ScanRoundResult> RunAsync(int number, DateTimeOffset asOf, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var phases = new List<PhaseResult>();
        await progress.WriteLineAsync("Reading every commitment row...").ConfigureAwait(false);
        var rawRead = await meter.MeasureAsync(ScanPhaseNames.RawRead, ct => CountRowsAsync(filter: null, ct), cancellationToken).ConfigureAwait(false);
        phases.Add(rawRead);

        await progress.WriteLineAsync("Reading the open commitment rows with the store's filter...").ConfigureAwait(false);
        var filteredRead = await meter.MeasureAsync(ScanPhaseNames.FilteredRead, ct => CountRowsAsync(OpenCurrentRows, ct), cancellationToken).ConfigureAwait(false);
        phases.Add(filteredRead);

        await progress.WriteLineAsync("Reading the open commitments through the store...").ConfigureAwait(false);
        phases.Add(await meter.MeasureAsync(ScanPhaseNames.StoreRead, StoreReadAsync, cancellationToken).ConfigureAwait(false));

        await progress.WriteLineAsync("Scanning (dry run)...").ConfigureAwait(false);
        var (dryRunPhase, dryRun) = await MeasureScanAsync(ScanPhaseNames.DryRun, asOf, dryRun: true, cancellationToken).ConfigureAwait(false);
        phases.Add(dryRunPhase);

        await progress.WriteLineAsync("Scanning and sending to the counting sender...").ConfigureAwait(false);
        var (scanPhase, real) = await MeasureScanAsync(ScanPhaseNames.Scan, asOf, dryRun: false, cancellationToken).ConfigureAwait(false);
        phases.Add(scanPhase);

        var round = new ScanBenchRound(
            number,
            phases,
            PhaseMeter.Ratio(dryRunPhase, rawRead),
            PhaseMeter.Ratio(scanPhase, rawRead),
            PhaseMeter.Ratio(scanPhase, filteredRead));
        return new ScanRoundResult(round, dryRun, real);
    }

    private async Task<(PhaseResult Phase, ScanReport Report)> MeasureScanAsync(string name, DateTimeOffset asOf, bool dryRun, CancellationToken cancellationToken)
    {
        ScanReport? report = null;
        var phase = await meter.MeasureAsync(name, async ct =>
        {
            report = await scan.RunAsync(asOf, dryRun, cancellationToken: ct).ConfigureAwait(false);
            return report.Scanned;
        }, cancellationToken).ConfigureAwait(false);
        return (phase, report!);
    }

    /// <summary>
    /// Rows of the commitments table as they come off the wire, counted and dropped: with no filter,
    /// the floor any scan of the table stands on; with the scan's filter, what that filter costs
    /// the server, without FollowUp's mapping.
    /// </summary>
    private async Task<long> CountRowsAsync(string? filter, CancellationToken cancellationToken)
    {
        var read = 0L;
        await foreach (var page in tables.Commitments.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            read += page.Values.Count;
        }

        return read;
    }

    /// <summary>
    /// The scan's own read (the open-only filter, mapping to commitments) without planning, the
    /// ledger or sending: splits the scan's time into reading and the rest.
    /// </summary>
    private async Task<long> StoreReadAsync(CancellationToken cancellationToken)
    {
        var read = 0L;
        await foreach (var _ in store.QueryAsync(openOnly: true, cancellationToken).ConfigureAwait(false))
        {
            read++;
        }

        return read;
    }
}
