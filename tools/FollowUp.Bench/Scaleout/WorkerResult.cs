namespace FollowUp.Bench.Scaleout;

/// <summary>What one worker process did, printed as one JSON line when it ends.</summary>
/// <param name="Sent">Claimed and accepted by SendGrid.</param>
/// <param name="Failed">Claimed, refused by SendGrid after the transport's retries: the ledger released it for the next run.</param>
/// <param name="Unknown">Claimed, handed over, and whether SendGrid took it is not known: kept claimed, never resent.</param>
/// <param name="AlreadyClaimed">Found its claim taken (a message delivered twice): nothing sent.</param>
/// <param name="Dropped">Stale or withdrawn since the plan: nothing claimed, nothing sent.</param>
public sealed record WorkerResult(
    int Messages,
    int Sent,
    int Failed,
    int Unknown,
    int AlreadyClaimed,
    int Dropped,
    long TableRequests,
    long QueueRequests,
    long PeakWorkingSetBytes);
