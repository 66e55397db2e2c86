using DocumentFormat.OpenXml;

namespace FollowUp.Core.Reports;

/// <summary>The summary, the changes and the annex of the Word document, in the HTML report's words.</summary>
internal static class DocxSummary
{
    public static IEnumerable<OpenXmlElement> Elements(ReportData report)
    {
        var s = report.Summary;
        yield return DocxParts.Heading(2, "Executive summary");
        yield return DocxParts.Text($"{s.Total} commitments; completion rate {ReportText.Percent(s.CompletionRate)}; completed on time {s.OnTime}, late {s.Late}" +
            (s.CompletionDateUnknown > 0 ? $", completion date not recorded {s.CompletionDateUnknown}" : "") +
            $"; overdue {s.Overdue}, median days overdue {(s.MedianDaysOverdue is { } m ? ReportText.Number(m) : "n/a")}.");
        yield return DocxParts.Table(["Status", "Commitments"], s.ByStatus.Select(c => (IReadOnlyList<string>)[c.Label, ReportText.Count(c.Count)]));
        yield return DocxParts.Table(["Country", "Commitments"], s.ByCountry.Select(c => (IReadOnlyList<string>)[c.Label, ReportText.Count(c.Count)]));

        yield return DocxParts.Heading(2, "What changed since the previous snapshot");
        if (report.Changes is not { } c)
        {
            yield return DocxParts.Text("There is no earlier snapshot to compare with.");
            yield break;
        }

        yield return DocxParts.Text($"Compared with snapshot {c.Since}, as of {ReportText.Instant(c.SinceAsOf)}.");
        foreach (var e in List("Newly completed", c.NewlyCompleted.Select(r => $"{r.Title} ({r.Id})")))
        {
            yield return e;
        }

        foreach (var e in List("Newly overdue", c.NewlyOverdue.Select(r => $"{r.Title} ({r.Id}), due {ReportText.Date(r.DueDate)}")))
        {
            yield return e;
        }

        foreach (var e in List("Due dates moved", c.DueDatesMoved.Select(m => $"{m.Commitment.Title} ({m.Commitment.Id}): {ReportText.Date(m.From)} to {ReportText.Date(m.To)}" +
            string.Concat(m.Moves.Select(v => $"; {ReportText.Date(v.From)} to {ReportText.Date(v.To)} by {v.By}: {v.Reason ?? "no reason given"}")))))
        {
            yield return e;
        }

        foreach (var e in List($"Owners who did not answer {report.SilentAfter} or more reminders", c.NewlySilent.Select(HtmlReportSections.Silent)))
        {
            yield return e;
        }
    }

    public static IEnumerable<OpenXmlElement> Annex(ReportData report)
    {
        yield return DocxParts.Heading(2, "Annex: data quality");
        foreach (var e in List($"Silent owners ({report.SilentAfter} or more reminders unanswered)", report.DataQuality.SilentOwners.Select(HtmlReportSections.Silent)))
        {
            yield return e;
        }

        var undeliverable = report.DataQuality.Undeliverable;
        foreach (var e in List("Undeliverable contacts", undeliverable is null ? [ReportText.DeliveriesNotRecorded] : undeliverable.Select(u => $"{u.Address} ({u.CommitmentId})")))
        {
            yield return e;
        }
    }

    private static IEnumerable<OpenXmlElement> List(string heading, IEnumerable<string> items)
    {
        yield return DocxParts.Heading(3, heading);
        var any = false;
        foreach (var item in items)
        {
            any = true;
            yield return DocxParts.Text("• " + item);
        }

        if (!any)
        {
            yield return DocxParts.Text("None.");
        }
    }
}
