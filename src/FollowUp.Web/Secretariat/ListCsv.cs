using System.Text;
using CsvHelper;
using FollowUp.Core.Import;
using FollowUp.Core.Secretariat;

namespace FollowUp.Web.Secretariat;

/// <summary>The current view as CSV (UTF-8 with a byte-order mark, so spreadsheets read every script), formula-like cells escaped and quoted.</summary>
internal static class ListCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task<byte[]> WriteAsync(ListOutcome.Listed listed, CancellationToken cancellationToken)
    {
        using var text = new StringWriter();
        var writer = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteHeader([.. ListColumns.Header]);
            foreach (var row in listed.Commitments)
            {
                foreach (var cell in ListColumns.Cells(row))
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

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
