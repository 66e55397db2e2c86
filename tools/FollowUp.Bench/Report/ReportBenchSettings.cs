namespace FollowUp.Bench.Report;

/// <summary>The size and shape of one <c>FollowUp.Bench report</c> run.</summary>
/// <param name="History">Progress reports (history rows) per commitment, each with an owner's note.</param>
/// <param name="Formats">The formats measured, each in a phase of its own, in this order.</param>
/// <param name="Reuse">The run id of a kept run whose snapshot is reported again, without seeding or a new snapshot.</param>
public sealed record ReportBenchSettings(int Commitments, int History, int Owners, int Parallelism, IReadOnlyList<string> Formats, bool Keep, string? Reuse = null);
