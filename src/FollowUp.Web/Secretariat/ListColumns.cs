using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Secretariat;

namespace FollowUp.Web.Secretariat;

/// <summary>The columns of a downloaded view, the same in CSV and XLSX, in the list's order.</summary>
internal static class ListColumns
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "title", "commission", "sector", "dueDate", "status", "progress", "daysOverdue", "lastUpdateAt", "lastUpdateBy", "remindersSent", "owners", "countries"];

    public static IReadOnlyList<string> Cells(ListedCommitment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var c = row.Facts.Commitment;
        return
        [
            c.Id, c.Title, c.Commission, c.Sector, IsoDate.Format(c.DueDate), c.Status.ToString(),
            c.Progress.ToString(CultureInfo.InvariantCulture), row.Facts.DaysOverdue.ToString(CultureInfo.InvariantCulture),
            c.LastUpdate is { } u ? SecretariatViews.Iso(u.At) : "", c.LastUpdate?.By ?? "", row.RemindersSent.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", c.Owners.Select(o => $"{o.Ministry} <{o.Email}>")),
            string.Join("; ", c.Owners.Select(o => o.Country).Where(x => x is not null).Distinct(StringComparer.Ordinal)),
        ];
    }

    /// <summary>Which columns are numbers, written as numbers in XLSX.</summary>
    public static bool IsNumber(int column) => column is 6 or 7 or 10;
}
