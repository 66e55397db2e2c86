using FollowUp.Core.Commitments;
using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>Builds the report's model from a snapshot's rows and, when there is one, an earlier snapshot's.</summary>
public static class ReportBuilder
{
    public static ReportData Build(
        IReadOnlyList<SnapshotCommitment> rows,
        ReportFooter footer,
        (SnapshotHeader Header, IReadOnlyList<SnapshotCommitment> Rows)? earlier,
        ReportGrouping groupBy,
        int silentAfter)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(footer);
        var silent = rows.SelectMany(r => r.Owners.Where(o => o.UnansweredReminders >= silentAfter).Select(o => new SilentOwner(r, o))).ToList();
        var delivered = rows.Where(r => r.Delivery is not null).ToList();
        IReadOnlyList<UndeliverableContact>? undeliverable = delivered.Count == 0
            ? null
            : [.. delivered.SelectMany(r => r.Delivery!.UndeliverableAddresses.Select(a => new UndeliverableContact(r.Id, a)))];

        return new ReportData(
            footer,
            ReportFigures.Summarise(rows),
            earlier is { } before ? Changes(rows, before.Header, before.Rows, silentAfter) : null,
            groupBy,
            Sections(rows, groupBy),
            new ReportDataQuality(silent, undeliverable),
            silentAfter,
            rows);
    }

    private static ReportChanges Changes(IReadOnlyList<SnapshotCommitment> rows, SnapshotHeader since, IReadOnlyList<SnapshotCommitment> earlier, int silentAfter)
    {
        var before = earlier.ToDictionary(r => r.Id, StringComparer.Ordinal);
        SnapshotCommitment? Earlier(SnapshotCommitment r) => before.GetValueOrDefault(r.Id);

        var moved = rows
            .Where(r => Earlier(r) is { } e && e.DueDate != r.DueDate)
            .Select(r => new DueDateChange(r, Earlier(r)!.DueDate, r.DueDate, [.. r.DueDateMoves.Where(m => m.At > since.AsOf)]))
            .ToList();
        var newlySilent = rows
            .SelectMany(r => r.Owners.Where(o => o.UnansweredReminders >= silentAfter
                    && o.UnansweredReminders > (Earlier(r)?.Owners.FirstOrDefault(p => EmailAddresses.AreSame(p.Email, o.Email))?.UnansweredReminders ?? 0))
                .Select(o => new SilentOwner(r, o)))
            .ToList();

        return new ReportChanges(
            since.Name,
            since.AsOf,
            [.. rows.Where(r => r.Status == CommitmentStatus.Completed && Earlier(r)?.Status != CommitmentStatus.Completed)],
            [.. rows.Where(r => r.IsOverdue && Earlier(r)?.IsOverdue != true)],
            moved,
            newlySilent);
    }

    private static List<ReportSection> Sections(IReadOnlyList<SnapshotCommitment> rows, ReportGrouping groupBy)
    {
        var keyed = groupBy == ReportGrouping.Country
            ? rows.SelectMany(r => (r.Countries.Count > 0 ? r.Countries.Select(CountryNames.Label) : [ReportFigures.UnknownCountry]).Select(k => (Key: k, Row: r)))
            : rows.Select(r => (Key: r.Sector, Row: r));
        return keyed
            .GroupBy(k => k.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key == ReportFigures.UnknownCountry).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportSection(g.Key, [.. g.Select(k => k.Row).OrderBy(r => r.DueDate).ThenBy(r => r.Id, StringComparer.Ordinal)]))
            .ToList();
    }
}
