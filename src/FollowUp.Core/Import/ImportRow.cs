using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

/// <summary>
/// One row of an import file, interpreted: either a commitment or the reasons it is not one.
/// </summary>
/// <param name="Location">Where the row is in the file, for messages: <c>commitments[2]</c> or <c>line 5</c>.</param>
/// <param name="StatusGiven">Whether the row has a status; a field it leaves out keeps the stored value (see <see cref="ImportMerge"/>).</param>
/// <param name="ProgressGiven">Whether the row has a progress.</param>
public sealed record ImportRow(
    string Location,
    string? Id,
    Commitment? Commitment,
    IReadOnlyList<ValidationError> Errors,
    bool StatusGiven = false,
    bool ProgressGiven = false)
{
    public bool IsValid => Errors.Count == 0 && Commitment is not null;
}
