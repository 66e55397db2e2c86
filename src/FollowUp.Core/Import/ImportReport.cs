namespace FollowUp.Core.Import;

/// <summary>
/// What an import did. When <see cref="Problems"/> is not empty nothing was written and
/// <see cref="Imported"/> is empty.
/// </summary>
public sealed record ImportReport(IReadOnlyList<ImportedCommitment> Imported, IReadOnlyList<RowProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public int Count(ImportOutcome outcome) => Imported.Count(i => i.Outcome == outcome);
}
