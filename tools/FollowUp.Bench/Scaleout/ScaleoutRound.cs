namespace FollowUp.Bench.Scaleout;

/// <summary>One measured round: the whole pipeline, plan to empty queue, with a given number of worker processes.</summary>
/// <param name="DeliverySeconds">From starting the workers to the last one exiting on an empty queue (process start-up included).</param>
/// <param name="StorageRequestsPerDigest">Table and queue requests of the planning run and every worker, per digest accepted.</param>
/// <param name="PeakWorkingSetBytes">The largest peak working set of any one worker process.</param>
public sealed record ScaleoutRound(
    int Workers,
    int Queued,
    int Accepted,
    long SendGridRequests,
    long SendGridErrors,
    double PlanSeconds,
    double DeliverySeconds,
    double TotalSeconds,
    double DigestsPerSecond,
    double StorageRequestsPerDigest,
    long PeakWorkingSetBytes,
    int Duplicates,
    int Missing);
