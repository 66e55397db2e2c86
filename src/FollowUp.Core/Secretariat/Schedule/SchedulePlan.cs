using FollowUp.Core.Reminders;

namespace FollowUp.Core.Secretariat.Schedule;

/// <summary>What the scan will send from <paramref name="AsOf"/> until <paramref name="Until"/>, if nothing changes meanwhile.</summary>
/// <param name="ScanSchedule">The NCRONTAB schedule (UTC) the scan runs on, whose occurrences were planned.</param>
/// <param name="Messages">In the order the scan would send them: by instant, digests before escalations.</param>
/// <param name="Skipped">Addresses the scan would pass over, each once, with the reason.</param>
public sealed record SchedulePlan(
    DateTimeOffset AsOf,
    DateTimeOffset Until,
    string ScanSchedule,
    IReadOnlyList<ScheduledMessage> Messages,
    IReadOnlyList<SkippedAddress> Skipped);
