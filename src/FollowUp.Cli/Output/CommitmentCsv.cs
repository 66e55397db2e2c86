using System.Globalization;
using CsvHelper;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;

namespace FollowUp.Cli.Output;

/// <summary>Writes commitments in the CSV import format, so a listing can be edited and imported again.</summary>
public static class CommitmentCsv
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<Commitment> commitments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var ownerGroups = Math.Max(1, commitments.Count == 0 ? 1 : commitments.Max(c => c.Owners.Count));
        var header = ImportFields.Scalars
            .Concat(Enumerable.Range(1, ownerGroups).SelectMany(n => ImportFields.OwnerFields.Select(f => CsvCommitmentReader.OwnerColumn(n, f))))
            .ToArray();

        // Cells that a spreadsheet would run as formulas are escaped by the rule the import undoes.
        var writer = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteHeader(header);
            foreach (var c in commitments)
            {
                var cells = new List<string?>(header.Length)
                {
                    c.Id, c.Commission, c.Title, c.Description, c.Sector, Date(c.DueDate), c.Status.ToString(),
                    c.Progress.ToString(CultureInfo.InvariantCulture), c.EscalationEmail, c.Source,
                    c.PausedUntil is { } p ? Date(p) : null,
                };
                for (var i = 0; i < ownerGroups; i++)
                {
                    var owner = i < c.Owners.Count ? c.Owners[i] : null;
                    cells.Add(owner?.Ministry);
                    cells.Add(owner?.Email);
                    cells.Add(owner?.TimeZone);
                    cells.Add(owner?.Role.ToString().ToLowerInvariant());
                    cells.Add(owner?.Country);
                }

                foreach (var cell in cells)
                {
                    CsvFormulaText.WriteCell(writer, cell ?? "");
                }

                await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Date(DateOnly d) => IsoDate.Format(d);
}
