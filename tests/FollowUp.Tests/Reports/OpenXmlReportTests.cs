using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FollowUp.Core.Reports;

namespace FollowUp.Tests.Reports;

/// <summary>The DOCX and XLSX reports as the Open XML SDK's validator, a reader FollowUp did not write, sees them.</summary>
public sealed class OpenXmlReportTests
{
    [Fact]
    public async Task DocxPassesTheOpenXmlValidatorWithNoError()
    {
        using var stream = await ReportFiles.WriteAsync(new DocxReportWriter());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task DocxKeepsUrduAndAzerbaijaniTextVerbatim()
    {
        using var stream = await ReportFiles.WriteAsync(new DocxReportWriter());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Contains(ReportFixture.UrduNote, text, StringComparison.Ordinal);
        Assert.Contains(ReportFixture.AzerbaijaniNote, text, StringComparison.Ordinal);
        Assert.Contains(ReportFixture.AzerbaijaniTitle, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxPassesTheOpenXmlValidatorWithNoError()
    {
        using var stream = await ReportFiles.WriteAsync(new XlsxReportWriter());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task XlsxHasASummaryAFlatSheetAndOneSheetPerCountry()
    {
        using var stream = await ReportFiles.WriteAsync(new XlsxReportWriter());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var names = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();

        Assert.Equal(["Summary", "All commitments", CountryNames.Label("AZ"), CountryNames.Label("PK")], names);
        Assert.Equal(1 + 8, RowsOf(document, "All commitments").Count);
        Assert.Equal(1 + 6, RowsOf(document, CountryNames.Label("PK")).Count);
    }

    [Fact]
    public async Task XlsxKeepsUrduTextInItsCell()
    {
        using var stream = await ReportFiles.WriteAsync(new XlsxReportWriter());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var rows = RowsOf(document, "All commitments");
        var noteColumn = rows[0].IndexOf("last_update_note");

        Assert.Contains(rows, r => r[0] == "trade-notices" && r[noteColumn] == ReportFixture.UrduNote);
    }

    private static List<List<string>> RowsOf(SpreadsheetDocument document, string sheet)
    {
        var id = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(id);
        return [.. part.Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? "").ToList())];
    }
}
