namespace FollowUp.Bench.Scaleout;

/// <summary>One measured round: the whole pipeline, plan to empty queue, with a given number of worker processes.</summary>
/// <param name="SendGridRequests">Requests the fake answered: one per attempt, so retries count.</param>
/// <param name="SendGridErrors">Of those, the ones it answered 500 (<c>--error-rate</c>); the transport retries each.</param>
/// <param name="Failed">Digests SendGrid still refused after the transport's retries: released by the ledger for the next run.</param>
/// <param name="Unknown">Digests whose fate the transport could not know: kept claimed, never resent.</param>
/// <param name="Poisoned">Messages moved to the poison queue (storage failures, not SendGrid's answers): expected 0.</param>
/// <param name="DeliverySeconds">From starting the workers to the last one exiting on an empty queue (process start-up included).</param>
/// <param name="StorageRequestsPerDigest">Table and queue requests of the planning run and every worker, per digest accepted.</param>
/// <param name="PlanStorageRequests">Of those, the planning run's: the read (full or sharded), the ledger reads, the queue writes.</param>
/// <param name="PeakWorkingSetBytes">The largest peak working set of any one worker process.</param>
/// <param name="Missing">Owners owed a digest who got none from this run (before any repeat): at most <paramref name="Failed"/> + <paramref name="Unknown"/>.</param>
/// <param name="RepeatRuns">Runs after this one, only while one left digests failed, as the next hourly timers would; not in the timings.</param>
/// <param name="SentByRepeats">What those runs sent: the failed digests, once each.</param>
/// <param name="Duplicates">Owners who got more than one digest, over the round and its repeats: must be 0.</param>
/// <param name="MissingAfterRepeats">Owners owed a digest who still got none after the repeats: at most <paramref name="Unknown"/>.</param>
public sealed record ScaleoutRound(
    int Workers,
    int Queued,
    int Accepted,
    long SendGridRequests,
    long SendGridErrors,
    int Failed,
    int Unknown,
    int Poisoned,
    double PlanSeconds,
    double DeliverySeconds,
    double TotalSeconds,
    double DigestsPerSecond,
    double StorageRequestsPerDigest,
    long PlanStorageRequests,
    long PeakWorkingSetBytes,
    int Missing,
    int RepeatRuns,
    int SentByRepeats,
    int Duplicates,
    int MissingAfterRepeats);
