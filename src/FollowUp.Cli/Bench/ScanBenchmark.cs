using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.Bench;

/// <summary>
/// Seeds fresh tables with synthetic commitments, then times a raw read of every row against the
/// reminder scan (dry run, then a real run with a sender that only counts), and checks that every
/// owner with something due got exactly one email. Works only in the tables of its own prefix.
/// </summary>
public sealed class ScanBenchmark(
    ICommitmentStore store,
    ReminderScan scan,
    ReminderPolicy policy,
    TableServiceClient service,
    IOptions<FollowUpOptions> options,
    RequestCountingPolicy requests,
    CountingDigestSender sender)
{
    /// <summary>The service's largest page, as the store's own scan uses.</summary>
    private const int PageSize = 1000;

    private readonly StorageOptions _storage = options.Value.Storage;

    public async Task<ScanBenchReport> RunAsync(ScanBenchSettings settings, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var data = new BenchCommitments(settings.Commitments, settings.Owners, settings.DueFraction, settings.ClosedFraction, settings.AsOf, policy);
        var expected = data.ExpectedRecipients();
        var open = data.OpenCount();
        var phases = new List<PhaseResult>();
        try
        {
            if (settings.Reuse is null)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Seeding {settings.Commitments} commitments over {settings.Owners} owners into tables {_storage.TablePrefix}*...")).ConfigureAwait(false);
                phases.Add(await MeasureAsync("seed", ct => SeedAsync(data, settings.Parallelism, progress, ct), cancellationToken).ConfigureAwait(false));
            }
            else
            {
                await progress.WriteLineAsync($"Reusing tables {_storage.TablePrefix}*...").ConfigureAwait(false);
            }

            var rounds = new List<ScanBenchRound>();
            var problems = new List<string>();
            ScanReport? dryRun = null;
            ScanReport? real = null;
            for (var number = 1; number <= settings.Rounds; number++)
            {
                // Only fresh tables start with an empty ledger. Otherwise it remembers the last
                // round (or run), and a scan against it would rightly send nothing.
                if (number > 1 || settings.Reuse is not null)
                {
                    await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Round {number} of {settings.Rounds}: emptying the send ledger...")).ConfigureAwait(false);
                    await EmptyLedgerAsync(cancellationToken).ConfigureAwait(false);
                }

                sender.Reset();
                (var round, dryRun, real) = await RunRoundAsync(number, settings, progress, cancellationToken).ConfigureAwait(false);
                rounds.Add(round);
                problems.AddRange(Check(settings, open, expected, round, dryRun, real).Select(p => settings.Rounds == 1 ? p : $"Round {number}: {p}"));
            }

            // The round with the median ratio stands for the run: its phases are the ones reported,
            // so the table and the ratios always describe the same measurements.
            var median = rounds.OrderBy(r => r.ScanToRawRead).ElementAt((rounds.Count - 1) / 2);
            var gc = GC.GetGCMemoryInfo();
            using var process = Process.GetCurrentProcess();
            return new ScanBenchReport(
                settings,
                _storage.TablePrefix,
                Machine(),
                open,
                [.. phases, .. median.Phases],
                rounds,
                median.Number,
                expected.Count,
                dryRun!.Digests.Count(d => d.Delivery == DigestDelivery.Planned),
                sender.Total,
                sender.Recipients.Count,
                real!.DueItems,
                median.DryRunToRawRead,
                median.ScanToRawRead,
                median.ScanToFilteredRead,
                process.PeakWorkingSet64,
                gc.HeapSizeBytes,
                GC.GetTotalAllocatedBytes(precise: true),
                problems);
        }
        finally
        {
            if (!settings.Keep)
            {
                // Even when cancelled: a benchmark must not leave 100,000 rows behind.
                await DeleteTablesAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<(ScanBenchRound Round, ScanReport DryRun, ScanReport Real)> RunRoundAsync(
        int number, ScanBenchSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        var phases = new List<PhaseResult>();
        await progress.WriteLineAsync("Reading every commitment row...").ConfigureAwait(false);
        var rawRead = await MeasureAsync("raw read", RawReadAsync, cancellationToken).ConfigureAwait(false);
        phases.Add(rawRead);

        await progress.WriteLineAsync("Reading the open commitment rows with the store's filter...").ConfigureAwait(false);
        var filteredRead = await MeasureAsync("filtered read", FilteredReadAsync, cancellationToken).ConfigureAwait(false);
        phases.Add(filteredRead);

        await progress.WriteLineAsync("Reading the open commitments through the store...").ConfigureAwait(false);
        phases.Add(await MeasureAsync("store read", StoreReadAsync, cancellationToken).ConfigureAwait(false));

        await progress.WriteLineAsync("Scanning (dry run)...").ConfigureAwait(false);
        var (dryRunPhase, dryRun) = await MeasureScanAsync("scan (dry run)", settings.AsOf, dryRun: true, cancellationToken).ConfigureAwait(false);
        phases.Add(dryRunPhase);

        await progress.WriteLineAsync("Scanning and sending to the counting sender...").ConfigureAwait(false);
        var (scanPhase, real) = await MeasureScanAsync("scan", settings.AsOf, dryRun: false, cancellationToken).ConfigureAwait(false);
        phases.Add(scanPhase);

        var round = new ScanBenchRound(number, phases, Ratio(dryRunPhase, rawRead), Ratio(scanPhase, rawRead), Ratio(scanPhase, filteredRead));
        return (round, dryRun, real);
    }

    private async Task<(PhaseResult Phase, ScanReport Report)> MeasureScanAsync(string name, DateTimeOffset asOf, bool dryRun, CancellationToken cancellationToken)
    {
        ScanReport? report = null;
        var phase = await MeasureAsync(name, async ct =>
        {
            report = await scan.RunAsync(asOf, dryRun, ct).ConfigureAwait(false);
            return report.Scanned;
        }, cancellationToken).ConfigureAwait(false);
        return (phase, report!);
    }

    private async Task<long> SeedAsync(BenchCommitments data, int parallelism, TextWriter progress, CancellationToken cancellationToken)
    {
        var written = 0L;
        var step = Math.Max(1, data.Count / 10);
        var gate = new Lock();
        await Parallel.ForEachAsync(
            data.Generate(),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (commitment, ct) =>
            {
                // An add, not an upsert: the table is fresh, and Azurite answers an upsert with two
                // lookups (is it there? then insert), which on its unindexed store costs twice.
                if (await store.AddAsync(commitment, ct).ConfigureAwait(false) is not SaveResult.Saved)
                {
                    throw new InvalidOperationException($"Commitment {commitment.Id} already exists in a table the benchmark just created.");
                }

                if (Interlocked.Increment(ref written) % step == 0)
                {
                    lock (gate)
                    {
                        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Interlocked.Read(ref written)} written"));
                    }
                }
            }).ConfigureAwait(false);
        return written;
    }

    /// <summary>Whether the commitments table of this run's prefix exists, as <c>--reuse</c> needs.</summary>
    public async Task<bool> SeededTablesExistAsync(CancellationToken cancellationToken)
    {
        var filter = TableServiceClient.CreateQueryFilter($"TableName eq {_storage.CommitmentsTable}");
        await foreach (var _ in service.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return false;
    }

    private async Task EmptyLedgerAsync(CancellationToken cancellationToken)
    {
        var ledger = service.GetTableClient(_storage.SendLedgerTable);
        await ledger.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        await foreach (var row in ledger.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        // A transaction stays within one partition and holds at most 100 operations.
        foreach (var batch in rows.GroupBy(r => r.PartitionKey).SelectMany(p => p.Chunk(100)))
        {
            await ledger.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, Azure.ETag.All)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every row of the commitments table as it comes off the wire: the floor any scan of it stands on.</summary>
    private Task<long> RawReadAsync(CancellationToken cancellationToken) => CountRowsAsync(filter: null, cancellationToken);

    /// <summary>
    /// The rows the scan reads, selected on the server by the store's own filter, counted and
    /// dropped: splits the store read into what the filter costs the server and what mapping costs.
    /// </summary>
    private Task<long> FilteredReadAsync(CancellationToken cancellationToken) => CountRowsAsync(TableCommitmentStore.OpenOnlyFilter, cancellationToken);

    private async Task<long> CountRowsAsync(string? filter, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(_storage.CommitmentsTable);
        var read = 0L;
        await foreach (var page in table.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
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

    private async Task<PhaseResult> MeasureAsync(string name, Func<CancellationToken, Task<long>> body, CancellationToken cancellationToken)
    {
        // Start each phase from live data only, so that its peak heap is its own and not the
        // uncollected garbage of the phase before.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var startHeap = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var requestsBefore = requests.Count;
        var cpuBefore = Environment.CpuUsage.TotalTime;

        using var sampler = new PeakSampler();
        var started = Stopwatch.GetTimestamp();
        var items = await body(cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        sampler.Stop();
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var endHeap = GC.GetTotalMemory(forceFullCollection: true);

        return new PhaseResult(
            name,
            elapsed.TotalSeconds,
            items,
            requests.Count - requestsBefore,
            cpu,
            allocated,
            startHeap,
            sampler.PeakHeapBytes,
            endHeap,
            sampler.PeakWorkingSetBytes);
    }

    private List<string> Check(ScanBenchSettings settings, int open, IReadOnlySet<string> expected, ScanBenchRound round, ScanReport dryRun, ScanReport real)
    {
        var problems = new List<string>();
        var read = round.Phases.ToDictionary(p => p.Name, p => p.Items);
        if (read["raw read"] != settings.Commitments)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The raw read returned {read["raw read"]} rows; {settings.Commitments} were seeded."));
        }

        if (read["filtered read"] != open)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The filtered read returned {read["filtered read"]} rows; {open} were seeded open."));
        }

        foreach (var report in new[] { dryRun, real })
        {
            if (report.Scanned != open)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"The {Mode(report)} read {report.Scanned} open commitments; {open} were seeded open."));
            }
        }

        var planned = dryRun.Digests.Where(d => d.Delivery == DigestDelivery.Planned).Select(d => d.Digest.To).ToList();
        CompareRecipients(problems, "The dry run planned", planned, expected);

        // An empty ledger (fresh tables, or emptied before the round): every planned digest must go out.
        if (real.Sent != sender.Total || real.Failed != 0 || real.Skipped != 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"The scan reported {real.Sent} sent, {real.Failed} failed, {real.Skipped} skipped; the sender accepted {sender.Total}."));
        }

        CompareRecipients(problems, "The scan sent", sender.Total, sender.Recipients, expected);
        return problems;
    }

    private static void CompareRecipients(List<string> problems, string what, List<string> recipients, IReadOnlySet<string> expected) =>
        CompareRecipients(problems, what, recipients.Count, recipients.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), expected);

    private static void CompareRecipients(List<string> problems, string what, int emails, IReadOnlyCollection<string> distinct, IReadOnlySet<string> expected)
    {
        if (emails != distinct.Count)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{what} {emails} emails to {distinct.Count} addresses: some owner got more than one."));
        }

        var missing = expected.Except(distinct, StringComparer.OrdinalIgnoreCase).ToList();
        var unexpected = distinct.Except(expected, StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{what} nothing to {missing.Count} owners with something due (e.g. {string.Join(", ", missing.Order(StringComparer.Ordinal).Take(3))})."));
        }

        if (unexpected.Count > 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{what} email to {unexpected.Count} owners with nothing due (e.g. {string.Join(", ", unexpected.Order(StringComparer.Ordinal).Take(3))})."));
        }
    }

    private async Task DeleteTablesAsync(CancellationToken cancellationToken)
    {
        var prefix = _storage.TablePrefix;
        var filter = TableServiceClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}");
        await foreach (var table in service.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await service.DeleteTableAsync(table.Name, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Mode(ScanReport report) => report.DryRun ? "dry run" : "scan";

    private static double Ratio(PhaseResult phase, PhaseResult baseline) => phase.Seconds / baseline.Seconds;

    private static string Machine() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):0.#} GB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
}
