namespace FollowUp.Bench.Report;

/// <summary>The size and shape of one <c>FollowUp.Bench report</c> run.</summary>
/// <param name="History">Progress reports (history rows) per commitment, each with an owner's note.</param>
/// <param name="Formats">The formats measured, each in a phase of its own, in this order.</param>
public sealed record ReportBenchSettings(int Commitments, int History, int Owners, int Parallelism, IReadOnlyList<string> Formats, bool Keep);
