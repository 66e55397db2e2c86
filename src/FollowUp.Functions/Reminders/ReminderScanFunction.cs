using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Reminders;

public sealed class ReminderScanFunction
{
    [Function("ReminderScan")]
    public static void Run([TimerTrigger("%FollowUp:ScanSchedule%")] TimerInfo timer)
    {
        _ = timer;
    }
}
