using FollowUp.Core.Secretariat.Uploads;

namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>One row of the preview: where it is in the file, its id, what it does, and each field it changes.</summary>
internal sealed record ImportRowView(string Location, string Id, string Change, IReadOnlyList<FieldChange> Fields, string? Kept)
{
    public static ImportRowView From(RowChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var label = change.Kind switch
        {
            RowChangeKind.New => "New",
            RowChangeKind.Changed => "Changed",
            _ => "Unchanged",
        };
        return new(change.Location, change.Id, label, change.Kind == RowChangeKind.Unchanged ? [] : change.Fields, change.Kept);
    }
}
