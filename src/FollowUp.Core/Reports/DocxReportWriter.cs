using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>
/// An editable Word document with real headings (a navigation pane and a table of contents work),
/// since secretariats edit and translate the report before circulating it. The body is written
/// through <see cref="OpenXmlWriter"/> one paragraph or table at a time. Needs a seekable stream, which
/// <see cref="ReportOutput"/> gives it.
/// </summary>
public sealed class DocxReportWriter : IReportWriter
{
    public ReportFormat Format => ReportFormat.Docx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string Extension => "docx";

    public bool NeedsSeekableStream => true;

    public Task WriteAsync(ReportData report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = DocxParts.Styles();
        styles.Styles.Save();

        using var writer = OpenXmlWriter.Create(main);
        writer.WriteStartElement(new Document());
        writer.WriteStartElement(new Body());
        writer.WriteElement(DocxParts.Heading(1, HtmlReportWriter.Title(report)));
        foreach (var element in DocxSummary.Elements(report))
        {
            writer.WriteElement(element);
        }

        foreach (var section in report.Sections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteElement(DocxParts.Heading(2, section.Title));
            foreach (var row in section.Commitments)
            {
                foreach (var element in Commitment(row))
                {
                    writer.WriteElement(element);
                }
            }
        }

        foreach (var element in DocxSummary.Annex(report))
        {
            writer.WriteElement(element);
        }

        writer.WriteElement(DocxParts.Heading(2, "About this report"));
        writer.WriteElement(DocxParts.Text(HtmlReportWriter.FooterLine(report.Footer)));
        writer.WriteElement(DocxParts.Text($"SHA-256 of the data: {report.Footer.DataSha256}"));
        writer.WriteElement(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000, Header = 500, Footer = 500, Gutter = 0 }));
        writer.WriteEndElement();
        writer.WriteEndElement();
        return Task.CompletedTask;
    }

    private static IEnumerable<OpenXmlElement> Commitment(SnapshotCommitment row)
    {
        yield return DocxParts.Heading(3, row.Title);
        yield return DocxParts.Text($"{row.Id} · {ReportText.Status(row)} · {row.Progress}% · due {ReportText.Date(row.DueDate)}" +
            (row.IsOverdue ? $" · {row.DaysOverdue} days overdue" : ""));
        yield return DocxParts.Table(
            ["Owner", "Reminders", "Last report"],
            row.Owners.Select(o => (IReadOnlyList<string>)[ReportText.Owner(o), ReportText.Reminders(o), o.LastReportAt is { } at ? ReportText.Instant(at) : "none"]));
        yield return DocxParts.Text(row.LastUpdate is { } u ? $"Last update {ReportText.Instant(u.At)} by {u.By}" : "No update yet.");
        foreach (var note in row.Notes)
        {
            yield return DocxParts.Text($"{ReportText.Instant(note.At)}, {note.By}:");
            yield return DocxParts.Text(note.Note);
        }

        if (row.EarlierNotes > 0)
        {
            yield return DocxParts.Text($"{row.EarlierNotes} earlier notes are not in the snapshot.");
        }
    }
}
