using FollowUp.Core.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace FollowUp.Functions.Reminders;

/// <summary>
/// Plans the reminder scan on <c>FollowUp:ScanSchedule</c> (UTC: Flex Consumption ignores
/// WEBSITE_TIME_ZONE; each owner's local send hour is the policy's business, not the schedule's) and
/// queues one message per digest for <c>DigestDelivery</c> to claim and send; with
/// <c>FollowUp:Queues:Shards</c> 1-64 it queues that many shard messages for <c>ShardPlanning</c> instead.
/// </summary>
public sealed partial class ReminderScanFunction(ScheduledPlanning planning, ILogger<ReminderScanFunction> logger)
{
    [Function("ReminderScan")]
    public async Task RunAsync([TimerTrigger("%FollowUp:ScanSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);

        // A late run is simply the next run: missed stages catch up because the policy looks back.
        if (timer.IsPastDue)
        {
            LogPastDue();
        }

        await planning.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder scan is running late; stages it missed are caught up now")]
    private partial void LogPastDue();
}
