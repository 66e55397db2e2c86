using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;

namespace FollowUp.Core.Secretariat.Uploads;

/// <summary>A planned import in words: each row new, changed field by field, or unchanged.</summary>
public static class ImportChanges
{
    public static RowChange Describe(PlannedRow planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var after = planned.Plan.Merged;
        var kept = planned.Plan.Kept is { } k
            ? $"The file says {k.FileStatus} at {k.FileProgress}%, but {k.Report.By} reported {k.KeptStatus} at {k.KeptProgress}% on {IsoDate.Format(DateOnly.FromDateTime(k.Report.At.UtcDateTime))}, after the secretariat last set them: the report stands."
            : null;
        if (planned.Existing is not { } before)
        {
            return new RowChange(planned.Row.Location, after.Id, RowChangeKind.New, Fields(null, after), kept);
        }

        var fields = Fields(before, after);
        var kind = CommitmentImporter.SameContent(before, after) ? RowChangeKind.Unchanged : RowChangeKind.Changed;
        return new RowChange(planned.Row.Location, after.Id, kind, fields, kept);
    }

    private static List<FieldChange> Fields(Commitment? before, Commitment after)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, Func<Commitment, string?> value)
        {
            var old = before is null ? null : value(before);
            var now = value(after);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new(field, old, now));
            }
        }

        Compare(ImportFields.Commission, c => c.Commission);
        Compare(ImportFields.Title, c => c.Title);
        Compare(ImportFields.Description, c => c.Description);
        Compare(ImportFields.Sector, c => c.Sector);
        Compare(ImportFields.DueDate, c => IsoDate.Format(c.DueDate));
        Compare(ImportFields.Status, c => c.Status.ToString());
        Compare(ImportFields.Progress, c => c.Progress.ToString(CultureInfo.InvariantCulture));
        Compare(ImportFields.EscalationEmail, c => c.EscalationEmail);
        Compare(ImportFields.Source, c => c.Source);
        Compare(ImportFields.PausedUntil, c => c.PausedUntil is { } p ? IsoDate.Format(p) : null);
        var count = Math.Max(before?.Owners.Count ?? 0, after.Owners.Count);
        for (var i = 0; i < count; i++)
        {
            var index = i;
            Compare($"{ImportFields.Owners}[{index}]", c => index < c.Owners.Count ? Owner(c.Owners[index]) : null);
        }

        return changes;
    }

    private static string Owner(ResponsibleParty o) =>
        $"{o.Ministry} <{o.Email}>, {o.TimeZone}, {o.Role.ToString().ToLowerInvariant()}{(o.Country is { } country ? ", " + country : "")}";
}
