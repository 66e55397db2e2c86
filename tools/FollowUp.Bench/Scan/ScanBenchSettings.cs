namespace FollowUp.Bench.Scan;

/// <summary>The size and shape of one <c>FollowUp.Bench scan</c> run.</summary>
/// <param name="DueFraction">Share of all commitments owed a nudge at <paramref name="AsOf"/>.</param>
/// <param name="ClosedFraction">Share completed, which the scan's open-only filter leaves on the server.</param>
/// <param name="Parallelism">Concurrent writes while seeding: one partition per commitment, so no batches.</param>
/// <param name="Keep">Leave the tables in place for inspection instead of deleting them.</param>
/// <param name="Rounds">How many times to run the measured phases, one round after another, on the same seed.</param>
/// <param name="Reuse">The run id of tables an earlier run seeded and kept, to measure again without seeding; null seeds fresh ones.</param>
public sealed record ScanBenchSettings(
    int Commitments,
    int Owners,
    double DueFraction,
    double ClosedFraction,
    DateTimeOffset AsOf,
    int Parallelism,
    bool Keep,
    int Rounds = 1,
    string? Reuse = null);
