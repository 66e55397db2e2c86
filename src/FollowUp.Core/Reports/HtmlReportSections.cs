namespace FollowUp.Core.Reports;

/// <summary>The summary, the changes and the annex of the HTML report.</summary>
internal static class HtmlReportSections
{
    public static async Task SummaryAsync(HtmlMarkup html, ReportData report)
    {
        var s = report.Summary;
        await html.Element("h2", "Executive summary").ConfigureAwait(false);
        await html.Element("p", $"{s.Total} commitments; completion rate {ReportText.Percent(s.CompletionRate)}; completed on time {s.OnTime}, late {s.Late}" +
            (s.CompletionDateUnknown > 0 ? $", completion date not recorded {s.CompletionDateUnknown}" : "") +
            $"; overdue {s.Overdue}, median days overdue {(s.MedianDaysOverdue is { } m ? ReportText.Number(m) : "n/a")}.").ConfigureAwait(false);
        await CountsAsync(html, "By status", "Status", s.ByStatus).ConfigureAwait(false);
        await CountsAsync(html, "By country", "Country", s.ByCountry).ConfigureAwait(false);
    }

    public static async Task ChangesAsync(HtmlMarkup html, ReportData report)
    {
        await html.Element("h2", "What changed since the previous snapshot").ConfigureAwait(false);
        if (report.Changes is not { } c)
        {
            await html.Element("p", "There is no earlier snapshot to compare with.").ConfigureAwait(false);
            return;
        }

        await html.Element("p", $"Compared with snapshot {c.Since}, as of {ReportText.Instant(c.SinceAsOf)}.").ConfigureAwait(false);
        await ListAsync(html, "Newly completed", c.NewlyCompleted.Select(r => $"{r.Title} ({r.Id})")).ConfigureAwait(false);
        await ListAsync(html, "Newly overdue", c.NewlyOverdue.Select(r => $"{r.Title} ({r.Id}), due {ReportText.Date(r.DueDate)}")).ConfigureAwait(false);
        await ListAsync(html, "Due dates moved", c.DueDatesMoved.Select(m => $"{m.Commitment.Title} ({m.Commitment.Id}): {ReportText.Date(m.From)} to {ReportText.Date(m.To)}" +
            string.Concat(m.Moves.Select(v => $"; {ReportText.Date(v.From)} to {ReportText.Date(v.To)} by {v.By}: {v.Reason ?? "no reason given"}")))).ConfigureAwait(false);
        await ListAsync(html, $"Owners who did not answer {report.SilentAfter} or more reminders", c.NewlySilent.Select(Silent)).ConfigureAwait(false);
    }

    public static async Task DataQualityAsync(HtmlMarkup html, ReportData report)
    {
        await html.Element("h2", "Annex: data quality").ConfigureAwait(false);
        await ListAsync(html, $"Silent owners ({report.SilentAfter} or more reminders unanswered)", report.DataQuality.SilentOwners.Select(Silent)).ConfigureAwait(false);
        if (report.DataQuality.Undeliverable is { } undeliverable)
        {
            await ListAsync(html, "Undeliverable contacts", undeliverable.Select(u => $"{u.Address} ({u.CommitmentId})")).ConfigureAwait(false);
        }
        else
        {
            await html.Element("h3", "Undeliverable contacts").ConfigureAwait(false);
            await html.Element("p", ReportText.DeliveriesNotRecorded).ConfigureAwait(false);
        }
    }

    public static string Silent(SilentOwner s) =>
        $"{s.Owner.Ministry} ({s.Owner.Email}) on {s.Commitment.Title} ({s.Commitment.Id}): {s.Owner.UnansweredReminders} reminders unanswered";

    private static async Task CountsAsync(HtmlMarkup html, string caption, string label, IReadOnlyList<ReportCount> counts)
    {
        await html.Raw("<table><caption>").ConfigureAwait(false);
        await html.Text(caption).ConfigureAwait(false);
        await html.Raw("</caption><thead><tr><th scope=\"col\">").ConfigureAwait(false);
        await html.Text(label).ConfigureAwait(false);
        await html.Raw("</th><th scope=\"col\">Commitments</th></tr></thead><tbody>").ConfigureAwait(false);
        foreach (var count in counts)
        {
            await html.Row(count.Label, ReportText.Count(count.Count)).ConfigureAwait(false);
        }

        await html.Raw("</tbody></table>\n").ConfigureAwait(false);
    }

    private static async Task ListAsync(HtmlMarkup html, string heading, IEnumerable<string> items)
    {
        await html.Element("h3", heading).ConfigureAwait(false);
        var any = false;
        foreach (var item in items)
        {
            await html.Raw(any ? "" : "<ul>").ConfigureAwait(false);
            any = true;
            await html.User("li", item).ConfigureAwait(false);
        }

        await html.Raw(any ? "</ul>\n" : "<p>None.</p>\n").ConfigureAwait(false);
    }
}
