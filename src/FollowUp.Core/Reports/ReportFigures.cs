using FollowUp.Core.Commitments;
using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>The executive summary, computed from a snapshot's rows.</summary>
public static class ReportFigures
{
    public const string UnknownCountry = "Not recorded";

    public static ReportSummary Summarise(IReadOnlyList<SnapshotCommitment> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byStatus = Enum.GetValues<CommitmentStatus>()
            .Select(s => new ReportCount(StatusLabels.For(s), rows.Count(r => r.Status == s)))
            .ToList();
        var byCountry = rows
            .SelectMany(r => r.Countries.Count > 0 ? r.Countries.Select(CountryNames.Label) : [UnknownCountry])
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderBy(g => g.Key == UnknownCountry).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportCount(g.Key, g.Count()))
            .ToList();

        var completed = rows.Where(r => r.Status == CommitmentStatus.Completed).ToList();
        var counted = rows.Count(r => r.Status != CommitmentStatus.Cancelled);
        var late = completed.Count(r => r.CompletedAt is { } at && IsLate(r, at));
        var unknown = completed.Count(r => r.CompletedAt is null);
        var overdue = rows.Where(r => r.IsOverdue).Select(r => r.DaysOverdue).Order().ToList();

        return new ReportSummary(
            rows.Count,
            byStatus,
            byCountry,
            counted == 0 ? null : (double)completed.Count / counted,
            completed.Count - late - unknown,
            late,
            unknown,
            overdue.Count,
            Median(overdue));
    }

    /// <summary>Late as <see cref="CommitmentCalendar.IsOverdue"/> counts late: past the due date in some owner's zone.</summary>
    public static bool IsLate(SnapshotCommitment row, DateTimeOffset completedAt)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Owners.Any(o => CommitmentCalendar.LocalDate(new ResponsibleParty(o.Ministry, o.Email, o.TimeZone, o.Role), completedAt) > row.DueDate);
    }

    private static double? Median(List<int> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0,
    };
}
