using FollowUp.Bench.Measuring;

namespace FollowUp.Bench.Workspace;

/// <summary>What <c>FollowUp.Bench workspace</c> measured; <see cref="Problems"/> is empty when every route answered as it should.</summary>
/// <param name="Seed">The seeding phase, or null when a kept run was reused.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set over the whole run, seeding included.</param>
public sealed record WorkspaceBenchReport(
    WorkspaceBenchSettings Settings,
    string TablePrefix,
    string Machine,
    PhaseResult? Seed,
    IReadOnlyList<RouteResult> Routes,
    IReadOnlyList<UseCaseTiming> UseCases,
    long PeakWorkingSetBytes,
    IReadOnlyList<string> Problems)
{
    public const double TargetP95Ms = 1000;
}
