using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FollowUp.Core.Secretariat;

namespace FollowUp.Web.Secretariat;

/// <summary>
/// The current view as an Excel workbook, written row by row with the Open XML SDK's SAX writer.
/// Text goes in as inline strings, so a value is never read as a formula.
/// </summary>
internal static class ListXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ListOutcome.Listed listed)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, ListColumns.Header, header: true);
                foreach (var row in listed.Commitments)
                {
                    WriteRow(writer, ListColumns.Cells(row), header: false);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Commitments" }));
            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells, bool header)
    {
        writer.WriteStartElement(new Row());
        for (var i = 0; i < cells.Count; i++)
        {
            if (!header && ListColumns.IsNumber(i))
            {
                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(cells[i]) });
            }
            else
            {
                writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cells[i])) });
            }
        }

        writer.WriteEndElement();
    }
}
