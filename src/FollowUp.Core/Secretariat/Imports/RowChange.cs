namespace FollowUp.Core.Secretariat.Uploads;

/// <summary>What applying one row would do, field by field.</summary>
/// <param name="Kept">Set when an owner's report stands over the file's status and progress, in words.</param>
public sealed record RowChange(string Location, string Id, RowChangeKind Kind, IReadOnlyList<FieldChange> Fields, string? Kept);
