using System.Diagnostics;
using System.Globalization;
using FollowUp.Bench.Measuring;
using FollowUp.Bench.Storage;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Scan;

/// <summary>
/// Seeds fresh tables with synthetic commitments, then measures rounds of a raw read of every row
/// against the reminder scan (dry run, then a real run with a sender that only counts), and checks
/// each round: every owner with something due got exactly one email. Works only in the tables of its own run.
/// </summary>
public sealed class ScanBenchmark(
    ScanSeeder seeder,
    ScanRoundRunner rounds,
    BenchTables tables,
    PhaseMeter meter,
    ReminderPolicy policy,
    CountingDigestSender sender)
{
    public async Task<ScanBenchReport> RunAsync(ScanBenchSettings settings, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var data = new BenchCommitments(settings.Commitments, settings.Owners, settings.DueFraction, settings.ClosedFraction, settings.AsOf, policy);
        var expected = new ScanExpectation(settings.Commitments, data.OpenCount(), data.ExpectedRecipients());
        try
        {
            var seed = await SeedUnlessReusedAsync(settings, data, progress, cancellationToken).ConfigureAwait(false);
            var measured = new List<ScanBenchRound>();
            ScanRoundResult? last = null;
            var problems = new List<string>();
            for (var number = 1; number <= settings.Rounds; number++)
            {
                // Only fresh tables start with an empty ledger. Otherwise it remembers the last
                // round (or run), and a scan against it would rightly send nothing.
                if (number > 1 || settings.Reuse is not null)
                {
                    await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Round {number} of {settings.Rounds}: emptying the send ledger...")).ConfigureAwait(false);
                    await tables.EmptyAsync(tables.Storage.SendLedgerTable, cancellationToken).ConfigureAwait(false);
                }

                sender.Reset();
                // Only the last round's scan reports are held: the digests in earlier ones would
                // count against the later rounds' heap.
                last = await rounds.RunAsync(number, settings.AsOf, progress, cancellationToken).ConfigureAwait(false);
                measured.Add(last.Round);
                var found = ScanChecks.Check(expected, ScanObservation.Of(last, sender));
                problems.AddRange(found.Select(p => settings.Rounds == 1 ? p : $"Round {number}: {p}"));
            }

            return Report(settings, expected, seed, measured, last!, problems);
        }
        finally
        {
            if (!settings.Keep)
            {
                // Even when cancelled: a benchmark must not leave 100,000 rows behind.
                await tables.DeleteAllAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<PhaseResult?> SeedUnlessReusedAsync(ScanBenchSettings settings, BenchCommitments data, TextWriter progress, CancellationToken cancellationToken)
    {
        if (settings.Reuse is not null)
        {
            await progress.WriteLineAsync($"Reusing tables {tables.Prefix}*...").ConfigureAwait(false);
            return null;
        }

        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeding {settings.Commitments} commitments over {settings.Owners} owners into tables {tables.Prefix}*...")).ConfigureAwait(false);
        return await meter.MeasureAsync(ScanPhaseNames.Seed, ct => seeder.SeedAsync(data, settings.Parallelism, progress, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <remarks>
    /// The round with the median ratio stands for the run: its phases are the ones reported, so the
    /// table and the ratios always describe the same measurements. The counts come from the last
    /// round, as the sender's do.
    /// </remarks>
    private ScanBenchReport Report(
        ScanBenchSettings settings, ScanExpectation expected, PhaseResult? seed, List<ScanBenchRound> measured, ScanRoundResult last, List<string> problems)
    {
        var median = measured.OrderBy(r => r.ScanToRawRead).ElementAt((measured.Count - 1) / 2);
        IReadOnlyList<PhaseResult> phases = seed is null ? [.. median.Phases] : [seed, .. median.Phases];
        var gc = GC.GetGCMemoryInfo();
        using var process = Process.GetCurrentProcess();
        return new ScanBenchReport(
            settings,
            tables.Prefix,
            MachineDescription.Current(),
            expected.Open,
            phases,
            measured,
            median.Number,
            expected.Recipients.Count,
            last.DryRun.Digests.Count(d => d.Delivery == DigestDelivery.Planned),
            sender.Total,
            sender.Recipients.Count,
            last.Real.DueItems,
            median.DryRunToRawRead,
            median.ScanToRawRead,
            median.ScanToFilteredRead,
            process.PeakWorkingSet64,
            gc.HeapSizeBytes,
            GC.GetTotalAllocatedBytes(precise: true),
            problems);
    }
}
