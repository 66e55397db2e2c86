using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

public sealed record RowProblem(string Location, string? Id, IReadOnlyList<ValidationError> Errors);
