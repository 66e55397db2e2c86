using CsvHelper;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;

namespace FollowUp.Core.Intake;

/// <summary>
/// Writes drafts in the CSV import format: the import's columns, one owner group per party, cells a
/// spreadsheet would run as formulas escaped by the rule the import undoes (<see cref="CsvFormulaText"/>).
/// </summary>
public static class DraftCsv
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<IntakeDraft> drafts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var groups = drafts.Count == 0 ? 1 : drafts.Max(d => DraftOwners.Of(d).Count);
        var header = ImportFields.Scalars
            .Concat(Enumerable.Range(1, groups).SelectMany(n => ImportFields.OwnerFields.Select(f => CsvCommitmentReader.OwnerColumn(n, f))))
            .ToArray();

        var writer = CsvWriter.Create(output, new CsvWriterOptions(), leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteHeader(header);
            foreach (var draft in drafts)
            {
                var scalars = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [ImportFields.Id] = draft.Id,
                    [ImportFields.Commission] = draft.Commission,
                    [ImportFields.Title] = draft.Title,
                    [ImportFields.Description] = draft.Description,
                    [ImportFields.Sector] = draft.Sector,
                    [ImportFields.DueDate] = draft.Due.Date is { } due ? IsoDate.Format(due) : "",
                    [ImportFields.Source] = draft.Source,
                };
                foreach (var field in ImportFields.Scalars)
                {
                    CsvFormulaText.WriteCell(writer, scalars.GetValueOrDefault(field, ""));
                }

                var owners = DraftOwners.Of(draft);
                for (var i = 0; i < groups; i++)
                {
                    foreach (var field in ImportFields.OwnerFields)
                    {
                        CsvFormulaText.WriteCell(writer, i >= owners.Count ? "" : field switch
                        {
                            ImportFields.OwnerTimeZone => owners[i].TimeZone,
                            ImportFields.OwnerRole => owners[i].Role,
                            _ => "",
                        });
                    }
                }

                await writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
