using System.Diagnostics;
using Azure.Storage.Queues;
using FollowUp.Bench.Storage;
using FollowUp.Core.Queues;

namespace FollowUp.Bench.Scaleout;

/// <summary>
/// One run of the queued pipeline as production does it: this process plans and queues (the timer),
/// worker processes drain the queue (the Functions instances). Also the runs after it, as the next
/// hourly timers would, which is when what the first run failed to send goes out.
/// </summary>
public sealed class DeliveryRuns(BenchTables tables, DigestEnqueuer enqueuer, DigestQueueStore queue, QueueServiceClient queues)
{
    /// <summary>Repeated runs at most, should SendGrid keep refusing: each sends what the last released.</summary>
    public const int MaxRepeats = 10;

    private const int LeaseSeconds = 15;

    /// <summary>The run's own queues, empty: a run cut short (Ctrl+C, a reused run id) leaves messages of another plan.</summary>
    public async Task ClearQueuesAsync(CancellationToken cancellationToken)
    {
        foreach (var name in new[] { queue.Name, queue.Name + "-poison" })
        {
            var client = queues.GetQueueClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await client.ClearMessagesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteQueuesAsync(CancellationToken cancellationToken)
    {
        await queues.GetQueueClient(queue.Name).DeleteIfExistsAsync(cancellationToken).ConfigureAwait(false);
        await queues.GetQueueClient(queue.Name + "-poison").DeleteIfExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<int> PoisonedAsync(CancellationToken cancellationToken) => queue.PoisonCountAsync(cancellationToken);

    /// <param name="whileRunning">Called once the workers are started (the SIGKILL round kills one there).</param>
    public async Task<DeliveryRun> RunAsync(int workers, string run, ScaleoutSettings settings, FakeSendGrid fake, Func<WorkerProcesses, Task>? whileRunning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(fake);
        var total = Stopwatch.StartNew();
        var plan = await enqueuer.RunAsync(settings.AsOf, settings.Shards, cancellationToken).ConfigureAwait(false);
        var planSeconds = total.Elapsed.TotalSeconds;
        // Nothing new queued and nothing left over (a killed worker's messages): no workers to start.
        if (plan.Queued == 0 && await queue.CountAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return new DeliveryRun(plan.Queued, [], planSeconds, planSeconds);
        }

        using var processes = new WorkerProcesses(workers, run, tables.Prefix, fake.Url, tables.Storage.ConnectionString!, LeaseSeconds);
        if (whileRunning is not null)
        {
            await whileRunning(processes).ConfigureAwait(false);
        }

        var results = await processes.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new DeliveryRun(plan.Queued, results, planSeconds, total.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Runs again while the last run left digests failed (released by the ledger for the next run),
    /// at most <see cref="MaxRepeats"/> times; with <paramref name="atLeastOnce"/>, once in any case.
    /// </summary>
    public async Task<Repeats> RepeatAsync(DeliveryRun last, bool atLeastOnce, int workers, string run, ScaleoutSettings settings, FakeSendGrid fake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(last);
        var runs = 0;
        var queued = 0;
        var sent = 0;
        var failed = last.Failed;
        while (runs < MaxRepeats && (failed > 0 || (atLeastOnce && runs == 0)))
        {
            var again = await RunAsync(workers, run, settings, fake, whileRunning: null, cancellationToken).ConfigureAwait(false);
            runs++;
            queued += again.Queued;
            sent += again.Sent;
            failed = again.Failed;
        }

        return new Repeats(runs, queued, sent, failed);
    }
}
