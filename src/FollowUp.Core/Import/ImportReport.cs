using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
}

public sealed record ImportedCommitment(string Id, ImportOutcome Outcome);

public sealed record RowProblem(string Location, string? Id, IReadOnlyList<ValidationError> Errors);

/// <summary>
/// What an import did. When <see cref="Problems"/> is not empty nothing was written and
/// <see cref="Imported"/> is empty.
/// </summary>
public sealed record ImportReport(IReadOnlyList<ImportedCommitment> Imported, IReadOnlyList<RowProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public int Count(ImportOutcome outcome) => Imported.Count(i => i.Outcome == outcome);
}
