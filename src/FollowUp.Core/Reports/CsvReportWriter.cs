using System.Text;
using CsvHelper;
using FollowUp.Core.Import;

namespace FollowUp.Core.Reports;

/// <summary>
/// The flat table, one row per commitment, UTF-8 with a byte-order mark (so spreadsheets read Urdu and
/// Azerbaijani text as UTF-8), with the footer's as-of time, snapshot and SHA-256 as its last columns.
/// Cells a spreadsheet would run as formulas are escaped by <see cref="CsvFormulaText"/>.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    private static readonly string[] FooterColumns = ["report_as_of", "report_snapshot", "report_data_sha256"];

    public ReportFormat Format => ReportFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => "csv";

    public async Task WriteAsync(ReportData report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await using (text.ConfigureAwait(false))
        {
            var writer = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true);
            await using (writer.ConfigureAwait(false))
            {
                writer.WriteHeader([.. ReportText.FlatHeader, .. FooterColumns]);
                string[] footer = [ReportText.Instant(report.Footer.AsOf), report.Footer.Snapshot ?? "live", report.Footer.DataSha256];
                foreach (var row in report.Rows)
                {
                    foreach (var cell in ReportText.FlatCells(row).Concat(footer))
                    {
                        if (CsvFormulaText.NeedsEscape(cell))
                        {
                            writer.WriteField(CsvFormulaText.Protect(cell), CsvQuoting.Always);
                        }
                        else
                        {
                            writer.WriteField(cell);
                        }
                    }

                    await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
                }

                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
