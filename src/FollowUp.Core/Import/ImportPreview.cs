namespace FollowUp.Core.Import;

/// <summary>
/// An import planned and not written: every row merged with what was stored when it was read, or,
/// when <see cref="Problems"/> is not empty, why nothing can be written (and no rows).
/// </summary>
public sealed record ImportPreview(IReadOnlyList<PlannedRow> Rows, IReadOnlyList<RowProblem> Problems, ReportedValues Reported);
