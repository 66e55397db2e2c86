using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using FollowUp.Bench.Scan;
using FollowUp.Bench.Storage;
using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Scaleout;

/// <summary>
/// Seeds fresh tables, then runs the queued pipeline end to end once per worker count: this process
/// plans and queues (as the timer does), worker processes drain the queue and send through the real
/// SendGrid transport to a fake on loopback, which counts what it accepted per owner. Then, with
/// <see cref="ScaleoutSettings.Kill"/>, one worker is killed with SIGKILL mid-run and the run repeated.
/// </summary>
public sealed class ScaleoutBenchmark(
    ScanSeeder seeder,
    BenchTables tables,
    DigestEnqueuer enqueuer,
    ReminderPolicy policy,
    RequestCountingPolicy tableRequests,
    ScaleoutServices.QueueRequests queueRequests)
{
    private const int LeaseSeconds = 15;

    public async Task<ScaleoutReport> RunAsync(ScaleoutSettings settings, string run, FakeSendGrid fake, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(fake);
        ArgumentNullException.ThrowIfNull(progress);
        var data = new BenchCommitments(settings.Commitments, settings.Owners, settings.DueFraction, 0.10, settings.AsOf, policy);
        var expected = data.ExpectedRecipients();
        try
        {
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Seeding {settings.Commitments} commitments over {settings.Owners} owners into {tables.Prefix}*...")).ConfigureAwait(false);
            var seeding = Stopwatch.StartNew();
            await seeder.SeedAsync(data, settings.Parallelism, progress, cancellationToken).ConfigureAwait(false);
            var seedSeconds = seeding.Elapsed.TotalSeconds;

            var rounds = new List<ScaleoutRound>();
            foreach (var workers in settings.WorkerCounts)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Round with {workers} workers: {expected.Count} owners owed a digest...")).ConfigureAwait(false);
                rounds.Add(await RoundAsync(workers, settings, run, fake, expected, cancellationToken).ConfigureAwait(false));
            }

            KillResult? kill = null;
            if (settings.Kill)
            {
                await progress.WriteLineAsync("Kill round: one worker gets SIGKILL mid-run, then the run is repeated...").ConfigureAwait(false);
                kill = await KillRoundAsync(settings.WorkerCounts.Max(), settings, run, fake, expected, cancellationToken).ConfigureAwait(false);
            }

            return new ScaleoutReport(settings, Measuring.MachineDescription.Current(), tables.Prefix, seedSeconds, expected.Count, rounds, kill);
        }
        finally
        {
            if (!settings.Keep)
            {
                await tables.DeleteAllAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<ScaleoutRound> RoundAsync(int workers, ScaleoutSettings settings, string run, FakeSendGrid fake, IReadOnlySet<string> expected, CancellationToken cancellationToken)
    {
        await tables.EmptyAsync(tables.Storage.SendLedgerTable, cancellationToken).ConfigureAwait(false);
        fake.Reset();
        var requestsBefore = tableRequests.Count + queueRequests.Policy.Count;
        var total = Stopwatch.StartNew();
        var plan = await enqueuer.RunAsync(settings.AsOf, cancellationToken).ConfigureAwait(false);
        var planSeconds = total.Elapsed.TotalSeconds;
        var planRequests = tableRequests.Count + queueRequests.Policy.Count - requestsBefore;

        using var processes = new WorkerProcesses(workers, run, fake.Url, tables.Storage.ConnectionString!, LeaseSeconds);
        var results = await processes.WaitAsync(cancellationToken).ConfigureAwait(false);
        var totalSeconds = total.Elapsed.TotalSeconds;
        var delivery = totalSeconds - planSeconds;
        var accepted = fake.AcceptedTotal;
        var requests = planRequests + results.Sum(r => r.TableRequests + r.QueueRequests);
        return new ScaleoutRound(
            workers,
            plan.Queued,
            accepted,
            fake.Requests,
            fake.Errors,
            planSeconds,
            delivery,
            totalSeconds,
            accepted / delivery,
            accepted == 0 ? 0 : (double)requests / accepted,
            results.Count == 0 ? 0 : results.Max(r => r.PeakWorkingSetBytes),
            fake.Accepted.Count(a => a.Value > 1),
            expected.Count(e => !fake.Accepted.ContainsKey(e)));
    }

    private async Task<KillResult> KillRoundAsync(int workers, ScaleoutSettings settings, string run, FakeSendGrid fake, IReadOnlySet<string> expected, CancellationToken cancellationToken)
    {
        await tables.EmptyAsync(tables.Storage.SendLedgerTable, cancellationToken).ConfigureAwait(false);
        fake.Reset();
        await enqueuer.RunAsync(settings.AsOf, cancellationToken).ConfigureAwait(false);
        int beforeKill;
        using (var processes = new WorkerProcesses(workers, run, fake.Url, tables.Storage.ConnectionString!, LeaseSeconds))
        {
            // Watching the fake, not a clock: the kill lands a third of the way through, whatever the machine's speed.
            // ...and never longer than the workers live: workers that cannot start must not hang the run.
            while (fake.AcceptedTotal < expected.Count / 3 && !processes.AllExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken).ConfigureAwait(false);
            }

            beforeKill = fake.AcceptedTotal;
            processes.Kill(0);
            await processes.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var firstRun = fake.AcceptedTotal;
        var repeat = await enqueuer.RunAsync(settings.AsOf, cancellationToken).ConfigureAwait(false);
        using (var again = new WorkerProcesses(Math.Min(4, workers), run, fake.Url, tables.Storage.ConnectionString!, LeaseSeconds))
        {
            await again.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var claimed = 0;
        var ledger = new TableClient(tables.Storage.ConnectionString, tables.Storage.SendLedgerTable);
        await foreach (var _ in ledger.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"State eq {"Claimed"}"), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            claimed++;
        }

        return new KillResult(workers, beforeKill, firstRun, repeat.Queued, fake.AcceptedTotal - firstRun,
            fake.Accepted.Count(a => a.Value > 1), expected.Count(e => !fake.Accepted.ContainsKey(e)), claimed);
    }
}
