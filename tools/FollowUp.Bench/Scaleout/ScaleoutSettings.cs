namespace FollowUp.Bench.Scaleout;

/// <summary>The size and shape of one <c>FollowUp.Bench scaleout</c> run.</summary>
/// <param name="WorkerCounts">Worker processes of each measured round, one round per count.</param>
/// <param name="Latency">How long the fake SendGrid takes to answer each request.</param>
/// <param name="ErrorRate">Share of requests the fake answers 500 (the transport retries them).</param>
/// <param name="Kill">After the measured rounds, kill one worker with SIGKILL mid-run, repeat the run, and count.</param>
/// <param name="Keep">Leave the tables and queues in place, for <paramref name="Reuse"/> or inspection.</param>
/// <param name="Shards">Plan each run from the owner index in this many shards (1-64, in process,
/// as <c>followup scan --shards</c> does); null plans with the full read, the timer's default.</param>
/// <param name="Reuse">The run id of tables a <c>--keep</c> run seeded, to run again without seeding; null seeds fresh ones.</param>
public sealed record ScaleoutSettings(
    int Commitments,
    int Owners,
    double DueFraction,
    DateTimeOffset AsOf,
    int Parallelism,
    IReadOnlyList<int> WorkerCounts,
    TimeSpan Latency,
    double ErrorRate,
    bool Kill,
    bool Keep,
    string? Reuse = null,
    int? Shards = null);
