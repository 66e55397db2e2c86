using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using FollowUp.Bench.Scan;
using FollowUp.Bench.Storage;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Scaleout;

/// <summary>
/// Seeds fresh tables (or reuses kept ones), then runs the queued pipeline end to end once per worker
/// count: this process plans and queues (as the timer does), worker processes drain the queue and send
/// through the real SendGrid transport to a fake on loopback, which counts what it accepted per owner.
/// Then, with <see cref="ScaleoutSettings.Kill"/>, one worker is killed with SIGKILL mid-run and the run repeated.
/// </summary>
public sealed class ScaleoutBenchmark(
    ScanSeeder seeder,
    BenchTables tables,
    DeliveryRuns deliveries,
    ReminderPolicy policy,
    RequestCountingPolicy tableRequests,
    ScaleoutServices.QueueRequests queueRequests)
{
    public async Task<ScaleoutReport> RunAsync(ScaleoutSettings settings, string run, FakeSendGrid fake, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(fake);
        ArgumentNullException.ThrowIfNull(progress);
        var data = new BenchCommitments(settings.Commitments, settings.Owners, settings.DueFraction, 0.10, settings.AsOf, policy);
        var expected = data.ExpectedRecipients();
        try
        {
            double? seedSeconds = null;
            if (settings.Reuse is null)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Seeding {settings.Commitments} commitments over {settings.Owners} owners into {tables.Prefix}*...")).ConfigureAwait(false);
                var seeding = Stopwatch.StartNew();
                await seeder.SeedAsync(data, settings.Parallelism, progress, cancellationToken).ConfigureAwait(false);
                seedSeconds = seeding.Elapsed.TotalSeconds;
            }
            else
            {
                await progress.WriteLineAsync($"Reusing tables {tables.Prefix}* (run {run}), not seeding...").ConfigureAwait(false);
            }

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

            return new ScaleoutReport(settings, Measuring.MachineDescription.Current(), run, tables.Prefix, seedSeconds, expected.Count, rounds, kill);
        }
        finally
        {
            if (!settings.Keep)
            {
                await tables.DeleteAllAsync(CancellationToken.None).ConfigureAwait(false);
                await deliveries.DeleteQueuesAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Every round starts from nothing sent: an empty ledger, empty queues, a fake that has counted nothing.</summary>
    private async Task ResetAsync(FakeSendGrid fake, CancellationToken cancellationToken)
    {
        await tables.EmptyAsync(tables.Storage.SendLedgerTable, cancellationToken).ConfigureAwait(false);
        await deliveries.ClearQueuesAsync(cancellationToken).ConfigureAwait(false);
        fake.Reset();
    }

    private async Task<ScaleoutRound> RoundAsync(int workers, ScaleoutSettings settings, string run, FakeSendGrid fake, IReadOnlySet<string> expected, CancellationToken cancellationToken)
    {
        await ResetAsync(fake, cancellationToken).ConfigureAwait(false);
        var requestsBefore = tableRequests.Count + queueRequests.Policy.Count;
        var round = await deliveries.RunAsync(workers, run, settings, fake, whileRunning: null, cancellationToken).ConfigureAwait(false);
        // This process's requests in the run are the plan's; the workers count their own.
        var planRequests = tableRequests.Count + queueRequests.Policy.Count - requestsBefore;
        var delivery = round.TotalSeconds - round.PlanSeconds;
        var accepted = fake.AcceptedTotal;
        var (sgRequests, sgErrors) = (fake.Requests, fake.Errors);
        var requests = planRequests + round.Workers.Sum(r => r.TableRequests + r.QueueRequests);
        var missing = expected.Count(e => !fake.Accepted.ContainsKey(e));
        var poisoned = await deliveries.PoisonedAsync(cancellationToken).ConfigureAwait(false);

        // Outside the timings: what the next hourly runs would do with what this one failed to send.
        var repeats = await deliveries.RepeatAsync(round, atLeastOnce: false, workers, run, settings, fake, cancellationToken).ConfigureAwait(false);
        return new ScaleoutRound(
            workers,
            round.Queued,
            accepted,
            sgRequests,
            sgErrors,
            round.Failed,
            round.Unknown,
            poisoned,
            round.PlanSeconds,
            delivery,
            round.TotalSeconds,
            accepted / delivery,
            accepted == 0 ? 0 : (double)requests / accepted,
            planRequests,
            round.Workers.Count == 0 ? 0 : round.Workers.Max(r => r.PeakWorkingSetBytes),
            missing,
            repeats.Runs,
            repeats.Sent,
            fake.Accepted.Count(a => a.Value > 1),
            expected.Count(e => !fake.Accepted.ContainsKey(e)));
    }

    private async Task<KillResult> KillRoundAsync(int workers, ScaleoutSettings settings, string run, FakeSendGrid fake, IReadOnlySet<string> expected, CancellationToken cancellationToken)
    {
        await ResetAsync(fake, cancellationToken).ConfigureAwait(false);
        var beforeKill = 0;
        var first = await deliveries.RunAsync(workers, run, settings, fake, async processes =>
        {
            // Watching the fake, not a clock: the kill lands a third of the way through, whatever the machine's speed.
            // ...and never longer than the workers live: workers that cannot start must not hang the run.
            while (fake.AcceptedTotal < expected.Count / 3 && !processes.AllExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken).ConfigureAwait(false);
            }

            beforeKill = fake.AcceptedTotal;
            processes.Kill(0);
        }, cancellationToken).ConfigureAwait(false);

        var firstRun = fake.AcceptedTotal;
        var repeats = await deliveries.RepeatAsync(first, atLeastOnce: true, Math.Min(4, workers), run, settings, fake, cancellationToken).ConfigureAwait(false);

        var claimed = 0;
        var ledger = new TableClient(tables.Storage.ConnectionString, tables.Storage.SendLedgerTable);
        await foreach (var _ in ledger.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"State eq {"Claimed"}"), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            claimed++;
        }

        return new KillResult(workers, beforeKill, firstRun, repeats.Runs, repeats.Queued, fake.AcceptedTotal - firstRun,
            fake.Accepted.Count(a => a.Value > 1), expected.Count(e => !fake.Accepted.ContainsKey(e)), claimed);
    }
}
