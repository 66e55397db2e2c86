namespace FollowUp.Bench.Export;

/// <summary>The size and shape of one <c>FollowUp.Bench export</c> run.</summary>
/// <param name="History">Progress reports (history rows) per commitment.</param>
/// <param name="Reuse">The run id of tables a <c>--keep</c> run seeded, to export again without seeding.</param>
public sealed record ExportBenchSettings(int Commitments, int History, int Owners, int Parallelism, bool Keep, string? Reuse = null);
