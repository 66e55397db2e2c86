using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>
/// The workbook: a summary sheet, the flat sheet of every commitment, and one sheet per country. Each
/// worksheet is written through <see cref="OpenXmlWriter"/> (SAX), row by row with inline strings, so no
/// DOM of the rows is ever built; only the workbook's list of sheets is. The package needs a seekable
/// stream; <see cref="ReportOutput"/> gives it one.
/// </summary>
public sealed class XlsxReportWriter : IReportWriter
{
    public ReportFormat Format => ReportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Extension => "xlsx";

    public bool NeedsSeekableStream => true;

    public Task WriteAsync(ReportData report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new Sheets();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        AddSheet(workbook, sheets, names, "Summary", SummaryRows(report));
        AddSheet(workbook, sheets, names, "All commitments", FlatRows(report.Rows));
        var byCountry = report.Rows
            .SelectMany(r => (r.Countries.Count > 0 ? r.Countries.Select(CountryNames.Label) : [ReportFigures.UnknownCountry]).Select(k => (Key: k, Row: r)))
            .GroupBy(k => k.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key == ReportFigures.UnknownCountry).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var country in byCountry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddSheet(workbook, sheets, names, country.Key, FlatRows(country.Select(k => k.Row)));
        }

        workbook.Workbook = new Workbook(sheets);
        workbook.Workbook.Save();
        return Task.CompletedTask;
    }

    private static IEnumerable<IReadOnlyList<string>> FlatRows(IEnumerable<SnapshotCommitment> rows)
    {
        yield return ReportText.FlatHeader;
        foreach (var row in rows)
        {
            yield return ReportText.FlatCells(row);
        }
    }

    private static IEnumerable<IReadOnlyList<string>> SummaryRows(ReportData report)
    {
        var s = report.Summary;
        yield return [HtmlReportWriter.Title(report)];
        yield return ["Commitments", ReportText.Count(s.Total)];
        yield return ["Completion rate", ReportText.Percent(s.CompletionRate)];
        yield return ["Completed on time", ReportText.Count(s.OnTime)];
        yield return ["Completed late", ReportText.Count(s.Late)];
        yield return ["Completion date not recorded", ReportText.Count(s.CompletionDateUnknown)];
        yield return ["Overdue", ReportText.Count(s.Overdue)];
        yield return ["Median days overdue", s.MedianDaysOverdue is { } m ? ReportText.Number(m) : "n/a"];
        foreach (var count in s.ByStatus)
        {
            yield return ["Status", count.Label, ReportText.Count(count.Count)];
        }

        foreach (var count in s.ByCountry)
        {
            yield return ["Country", count.Label, ReportText.Count(count.Count)];
        }

        foreach (var silent in report.DataQuality.SilentOwners)
        {
            yield return ["Silent owner", HtmlReportSections.Silent(silent)];
        }

        yield return ["Undeliverable contacts", report.DataQuality.Undeliverable is null ? ReportText.DeliveriesNotRecorded : ReportText.Count(report.DataQuality.Undeliverable.Count)];
        yield return [HtmlReportWriter.FooterLine(report.Footer)];
        yield return ["SHA-256 of the data", report.Footer.DataSha256];
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, HashSet<string> names, string title, IEnumerable<IReadOnlyList<string>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            foreach (var cells in rows)
            {
                writer.WriteStartElement(new Row());
                foreach (var value in cells)
                {
                    writer.WriteElement(new Cell(new InlineString(new Text(ReportText.Clean(value)) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        DataType = CellValues.InlineString,
                    });
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        sheets.Append(new Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = (uint)(sheets.ChildElements.Count + 1),
            Name = SheetName(title, names),
        });
    }

    /// <summary>Excel's rules: at most 31 characters, none of <c>[]:*?/\</c>, unique without regard to case.</summary>
    private static string SheetName(string title, HashSet<string> names)
    {
        var clean = new string([.. ReportText.Clean(title).Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c)]).Trim('\'');
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !names.Add(name); n++)
        {
            var suffix = $" {n}";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}
