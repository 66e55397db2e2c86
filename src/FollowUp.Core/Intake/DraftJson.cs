using System.Text.Encodings.Web;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;

namespace FollowUp.Core.Intake;

/// <summary>
/// Writes drafts in the JSON import format (a top-level array), with the fields the text cannot give
/// present and empty (owners' ministry and email; dueDate when no date was found), so the file shows
/// what to fill and <c>followup import</c> refuses it, naming each, until they are filled.
/// </summary>
public static class DraftJson
{
    public static async Task WriteAsync(Stream output, IReadOnlyList<IntakeDraft> drafts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartArray();
            foreach (var draft in drafts)
            {
                writer.WriteStartObject();
                writer.WriteString(ImportFields.Id, draft.Id);
                writer.WriteString(ImportFields.Commission, draft.Commission);
                writer.WriteString(ImportFields.Title, draft.Title);
                writer.WriteString(ImportFields.Description, draft.Description);
                writer.WriteString(ImportFields.Sector, draft.Sector);
                writer.WriteString(ImportFields.DueDate, draft.Due.Date is { } due ? IsoDate.Format(due) : "");
                writer.WriteStartArray(ImportFields.Owners);
                foreach (var (timeZone, role) in DraftOwners.Of(draft))
                {
                    writer.WriteStartObject();
                    writer.WriteString(ImportFields.OwnerMinistry, "");
                    writer.WriteString(ImportFields.OwnerEmail, "");
                    writer.WriteString(ImportFields.OwnerTimeZone, timeZone);
                    writer.WriteString(ImportFields.OwnerRole, role);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteString(ImportFields.Source, draft.Source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
