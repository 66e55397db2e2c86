namespace FollowUp.Bench.Scan;

/// <summary>What every round must show, worked out from the seeded data and the policy alone.</summary>
/// <param name="Seeded">Commitment rows in the table: what the raw read returns.</param>
/// <param name="Open">Open commitments: what the filtered read and both scans read.</param>
/// <param name="Recipients">Owners with something due whose clock allows mail: one email each, and no one else.</param>
public sealed record ScanExpectation(int Seeded, int Open, IReadOnlySet<string> Recipients);
