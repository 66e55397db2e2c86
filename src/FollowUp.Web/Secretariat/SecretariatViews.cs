using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Secretariat;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat;

/// <summary>Page models from what the use cases found.</summary>
internal static class SecretariatViews
{
    /// <summary>The parameters the filter form has a field for; the others (the page, the overdue age band) are named without a link.</summary>
    private static readonly HashSet<string> FormFields = [.. CommitmentFilterReader.Names.Except([CommitmentFilterReader.OverdueFrom, CommitmentFilterReader.OverdueTo])];

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Label(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static OverviewPageModel Overview(OverviewCounts counts, SecretariatUrls urls)
    {
        ChartGroup Group(string id, string heading, IReadOnlyList<CountLine> lines)
        {
            var max = Math.Max(1, lines.Count == 0 ? 1 : lines.Max(l => l.Count));
            var rows = lines.Select((l, i) => new ChartRow(l.Label, l.Count, l.Filter is { } f ? urls.List(f) : null, l.Count * 100 / max, (i * 20) + 3)).ToList();
            var summary = heading + ": " + string.Join(", ", lines.Select(l => $"{l.Label} {l.Count}"));
            return new ChartGroup(id, heading, summary, Math.Max(20, lines.Count * 20), rows);
        }

        return new OverviewPageModel(
            counts.Total,
            Iso(counts.At),
            Label(counts.At),
            [
                new(counts.SilentOwners.Label, counts.SilentOwners.Count, urls.List(counts.SilentOwners.Filter), $"Owners of an open commitment with no update for {counts.StaleAfterDays} days."),
                new(counts.OpenEscalations.Label, counts.OpenEscalations.Count, urls.List(counts.OpenEscalations.Filter), "Overdue long enough that the secretariat is told each time."),
                new(counts.UndeliverableContacts.Label, counts.UndeliverableContacts.Count, urls.List(counts.UndeliverableContacts.Filter), "Owners' addresses that SendGrid reports bounced, dropped or marked as spam."),
            ],
            [
                Group("by-status", "By status", counts.ByStatus),
                Group("by-country", "By country", counts.ByCountry),
                Group("overdue-age", "Overdue, by age", counts.OverdueByAge),
                Group("due-soon", "Due soon", counts.DueSoon),
            ]);
    }

    /// <summary>One page of the list (<paramref name="listed"/> holds that page's rows); with <paramref name="errors"/>, the form alone, to mend them.</summary>
    public static ListPageModel List(ListOutcome.Listed? listed, ListPaging paging, SecretariatUrls urls, CommitmentFilter filter, IReadOnlyList<ValidationError> errors)
    {
        var total = listed?.Total ?? 0;
        var page = listed?.Commitments ?? [];
        var rows = page.Select(r =>
        {
            var c = r.Facts.Commitment;
            return new ListRow(
                urls.Commitment(c.Id), c.Title, c.Commission, c.Sector,
                [.. c.Owners.Select(o => new Owners.OwnerLinkView(o.Country is null ? o.Ministry : $"{o.Ministry} ({o.Country})", urls.Owner(o.Email)))],
                IsoDate.Format(c.DueDate), StatusLabels.For(c.Status), c.Progress, r.Facts.DaysOverdue,
                c.LastUpdate is { } u ? Iso(u.At) : null, c.LastUpdate is { } l ? Label(l.At) : null, c.LastUpdate?.By, r.RemindersSent);
        }).ToList();

        IReadOnlyList<ChoiceOption> Options(IEnumerable<(string Value, string Label)> options, string? selected) =>
            [.. options.Select(o => new ChoiceOption(o.Value, o.Label, string.Equals(o.Value, selected ?? "", StringComparison.OrdinalIgnoreCase)))];

        return new ListPageModel(
            urls.Commitments,
            urls.List(filter, "csv"),
            urls.List(filter, "xlsx"),
            total,
            listed is null ? "" : ListPager.Showing(paging, total, rows.Count),
            listed is null ? null : ListPager.For(paging, total, p => urls.List(filter, paging: p)),
            paging.PageSize == ListPaging.DefaultPageSize ? null : paging.PageSize.ToString(CultureInfo.InvariantCulture),
            rows,
            [
                new(CommitmentFilterReader.Commission, "Commission", filter.Commission),
                new(CommitmentFilterReader.Sector, "Sector", filter.Sector),
                new(CommitmentFilterReader.Country, "Country (PK, AZ)", filter.Country),
                new(CommitmentFilterReader.Owner, "Ministry or owner address", filter.Owner),
            ],
            [
                new(CommitmentFilterReader.Status, "Status", Options(
                    [("", "Any"), .. Enum.GetValues<CommitmentStatus>().Select(s => (s.ToString(), StatusLabels.For(s)))], filter.Status?.ToString())),
                new(CommitmentFilterReader.Due, "Due within", Options(
                    [("", "Any time"), ("30", "30 days"), ("60", "60 days"), ("90", "90 days")], filter.DueWithinDays?.ToString(CultureInfo.InvariantCulture))),
                new(CommitmentFilterReader.Sort, "Sort by", Options(
                    Enum.GetValues<CommitmentSort>().Select(s => (s.ToString().ToLowerInvariant(), SortLabel(s))), filter.Sort.ToString())),
                new(CommitmentFilterReader.Order, "Order", Options([("asc", "Ascending"), ("desc", "Descending")], filter.Descending ? "desc" : "asc")),
            ],
            [
                new(CommitmentFilterReader.Overdue, "Overdue", filter.Overdue),
                new(CommitmentFilterReader.Silent, "Silent", filter.Silent),
                new(CommitmentFilterReader.Escalated, "Escalated", filter.Escalated),
                new(CommitmentFilterReader.Undeliverable, "Undeliverable", filter.Undeliverable),
            ],
            [.. errors.Select(e => new FieldErrorView(e.Field, e.Message, FormFields.Contains(e.Field) ? "f-" + e.Field : null))]);
    }

    private static string SortLabel(CommitmentSort sort) => sort switch
    {
        CommitmentSort.Due => "Due date",
        CommitmentSort.DaysOverdue => "Days overdue",
        CommitmentSort.LastUpdate => "Last update",
        _ => sort.ToString(),
    };
}
