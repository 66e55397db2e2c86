using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FollowUp.Core.Reports;

/// <summary>The small pieces of the Word document: styled headings, paragraphs that carry right-to-left text as such, tables.</summary>
internal static class DocxParts
{
    public static Styles Styles() => new(
        Heading("Heading1", "heading 1", 32),
        Heading("Heading2", "heading 2", 28),
        Heading("Heading3", "heading 3", 24));

    public static Paragraph Heading(int level, string text) =>
        new(Properties(text, new ParagraphStyleId { Val = $"Heading{level}" }), TextRun(text));

    /// <summary>A paragraph whose right-to-left text (Urdu) is marked so, so Word lays it out right to left.</summary>
    public static Paragraph Text(string text) => new(Properties(text), TextRun(text));

    public static Table Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(header.Select(_ => new GridColumn { Width = (9000 / header.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(header, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(new Paragraph(Properties(c), TextRun(c, bold)))));

    private static Run TextRun(string text, bool bold = false)
    {
        var clean = ReportText.Clean(text);
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (ReportText.HasRightToLeft(clean))
        {
            properties.Append(new RightToLeftText());
        }

        var run = new Run(properties);
        var lines = clean.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i].TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static ParagraphProperties Properties(string text, ParagraphStyleId? style = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(style);
        }

        if (ReportText.HasRightToLeft(text))
        {
            properties.Append(new BiDi());
        }

        return properties;
    }

    private static Style Heading(string id, string name, int halfPoints) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = int.Parse(id[^1..], System.Globalization.CultureInfo.InvariantCulture) - 1 }),
        new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
    };
}
