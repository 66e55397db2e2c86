using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FollowUp.Cli.Serve;

/// <summary>
/// The local stand-in for the Functions timer: runs the same reminder scan on the same schedule; with
/// <c>--workers N</c> it plans as the timer does (<see cref="ScheduledPlanning"/>: the full read, or
/// shard messages by <c>FollowUp:Queues:Shards</c>), for <see cref="DigestWorkersService"/>.
/// </summary>
public sealed partial class ScheduledScanService(
    ReminderScan scan,
    ScheduledPlanning planning,
    ServeWorkers workers,
    ScanSchedule schedule,
    TimeProvider time,
    ILogger<ScheduledScanService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogScheduled(schedule.Description);
        if (schedule.RunsAtStart)
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var delay = schedule.Next(now) - now;
            try
            {
                await Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (workers.Count > 0)
            {
                await planning.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            else
            {
                await scan.RunAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-scan: the ledger keeps what was claimed, so nothing is sent twice.
        }
#pragma warning disable CA1031 // As with the timer: one failed run is logged, and the next tick tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogScanFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder scan runs {Schedule}")]
    private partial void LogScheduled(string schedule);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder scan failed; the next scheduled run tries again")]
    private partial void LogScanFailed(Exception exception);
}
