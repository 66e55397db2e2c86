using System.Text;
using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>
/// One self-contained page made for printing: print CSS (A4, sections that do not split a commitment,
/// the footer repeated), no script and no external asset, so the browser's "save as PDF" gives the PDF.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Style = """
        body{font-family:"Noto Sans","Noto Naskh Arabic","Segoe UI",Arial,sans-serif;color:#1a1a1a;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #1f4e79;margin-top:2rem}h3{font-size:1.05rem;margin-bottom:.3rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #767676;padding:.25rem .4rem;text-align:start;vertical-align:top}
        th{background:#e8eef4}.commitment{border-top:1px solid #bbb;padding-top:.4rem}.note{white-space:pre-wrap;margin:.2rem 0 .2rem 1rem}
        footer{margin-top:2rem;border-top:2px solid #1f4e79;font-size:.85rem}code{word-break:break-all}
        @page{size:A4;margin:16mm 14mm}
        @media print{body{margin:0;max-width:none}h2{break-after:avoid}.commitment{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    public ReportFormat Format => ReportFormat.Html;

    public string ContentType => "text/html; charset=utf-8";

    public string Extension => "html";

    public async Task WriteAsync(ReportData report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await using (text.ConfigureAwait(false))
        {
            var html = new HtmlMarkup(text);
            await html.Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").ConfigureAwait(false);
            await html.Text(Title(report)).ConfigureAwait(false);
            await html.Raw($"</title><style>{Style}</style></head><body><main>\n").ConfigureAwait(false);
            await html.Element("h1", Title(report)).ConfigureAwait(false);
            await HtmlReportSections.SummaryAsync(html, report).ConfigureAwait(false);
            await HtmlReportSections.ChangesAsync(html, report).ConfigureAwait(false);
            foreach (var section in report.Sections)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await html.User("h2", section.Title).ConfigureAwait(false);
                foreach (var row in section.Commitments)
                {
                    await CommitmentAsync(html, row).ConfigureAwait(false);
                }
            }

            await HtmlReportSections.DataQualityAsync(html, report).ConfigureAwait(false);
            await html.Raw("</main><footer><p>").ConfigureAwait(false);
            await html.Text(FooterLine(report.Footer)).ConfigureAwait(false);
            await html.Raw("</p><p>SHA-256 of the data: <code>").ConfigureAwait(false);
            await html.Text(report.Footer.DataSha256).ConfigureAwait(false);
            await html.Raw("</code></p></footer></body></html>\n").ConfigureAwait(false);
        }
    }

    public static string Title(ReportData report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"Commitments report as of {ReportText.Instant(report.Footer.AsOf)}";
    }

    public static string FooterLine(ReportFooter footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        return $"As of {ReportText.Instant(footer.AsOf)}; snapshot {footer.Snapshot ?? "none (live data)"}; compared with {footer.Since ?? "no earlier snapshot"}; " +
            $"generated {ReportText.Instant(footer.GeneratedAt)}; {ReportText.Count(footer.Commitments)} commitments.";
    }

    private static async Task CommitmentAsync(HtmlMarkup html, SnapshotCommitment row)
    {
        await html.Raw("<section class=\"commitment\">").ConfigureAwait(false);
        await html.User("h3", row.Title).ConfigureAwait(false);
        await html.Element("p", $"{row.Id} · {ReportText.Status(row)} · {row.Progress}% · due {ReportText.Date(row.DueDate)}" +
            (row.IsOverdue ? $" · {row.DaysOverdue} days overdue" : "")).ConfigureAwait(false);
        await html.Raw("<table><thead><tr><th scope=\"col\">Owner</th><th scope=\"col\">Reminders</th><th scope=\"col\">Last report</th></tr></thead><tbody>").ConfigureAwait(false);
        foreach (var owner in row.Owners)
        {
            await html.Row(ReportText.Owner(owner), ReportText.Reminders(owner), owner.LastReportAt is { } at ? ReportText.Instant(at) : "none").ConfigureAwait(false);
        }

        await html.Raw("</tbody></table>").ConfigureAwait(false);
        await html.Element("p", row.LastUpdate is { } u ? $"Last update {ReportText.Instant(u.At)} by {u.By}" : "No update yet.").ConfigureAwait(false);
        foreach (var note in row.Notes)
        {
            await html.Element("p", $"{ReportText.Instant(note.At)}, {note.By}:").ConfigureAwait(false);
            await html.User("p", note.Note, "note").ConfigureAwait(false);
        }

        if (row.EarlierNotes > 0)
        {
            await html.Element("p", $"{row.EarlierNotes} earlier notes are not in the snapshot.").ConfigureAwait(false);
        }

        await html.Raw("</section>\n").ConfigureAwait(false);
    }
}
