using System.Security.Cryptography;
using System.Text;
using FollowUp.Core.Import;

namespace FollowUp.Core.Secretariat.Uploads;

/// <summary>
/// What ties an Apply to the preview it follows: a SHA-256 of the file's bytes and format, and of
/// the id and stored version (ETag, or none) of every row as the plan read them. The merge is a
/// function of the row and the stored commitment, so the same file over the same versions plans the
/// same writes: equal bindings mean Apply writes what the preview showed. It is not a secret or a
/// credential (the Admin's session and antiforgery token are): it only detects change.
/// </summary>
public static class ImportBinding
{
    public static string For(ReadOnlySpan<byte> file, CommitmentFileFormat format, ImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var text = new StringBuilder("followup-import-preview-v1\n")
            .Append(format).Append('\n')
            .Append(Convert.ToHexString(SHA256.HashData(file))).Append('\n')
            .Append(preview.Reported).Append('\n');
        foreach (var row in preview.Rows)
        {
            text.Append(row.Row.Id).Append('\t').Append(row.Existing?.Version ?? "-").Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }
}
