using System.Text.RegularExpressions;

namespace FollowUp.Core.Backup;

/// <summary>
/// An export is gzip-compressed JSON lines (UTF-8, one object per line, <c>\n</c> after each):
/// <code>
/// {"followUpExport":1,"prefix":"FollowUp","tables":["Commitments",…],"startedAt":"…","retentionDays":35}
/// {"table":"Commitments"}
/// {"row":{"PartitionKey":"…","RowKey":"…","Progress":40,"At@odata.type":"Edm.DateTime","At":"…",…}}
/// {"end":"Commitments","rows":1234}
/// … the next table …
/// {"manifest":{"version":1,"prefix":"FollowUp","rows":{"Commitments":1234,…},"startedAt":"…","finishedAt":"…","sha256":"…"}}
/// </code>
/// Table names are written without the prefix, so an export restores under any prefix.
/// </summary>
public static partial class ExportFormat
{
    public const int Version = 1;

    public const string FileExtension = ".jsonl.gz";

    /// <summary>Longer than any row can be (an entity is at most 1 MiB, escaping at most sixfold): past it, the file is not an export.</summary>
    public const int MaxLineChars = 8 * 1024 * 1024;

    /// <summary>What a table's name may be after the prefix: the rest of a valid table name.</summary>
    public static bool IsTableSuffix(string prefix, string suffix) =>
        TableSuffix().IsMatch(suffix) && prefix.Length + suffix.Length is >= 3 and <= 63;

    /// <summary>The blob an export made at <paramref name="at"/> is stored as: one folder per prefix, named by the UTC time.</summary>
    public static string BlobName(string prefix, DateTimeOffset at) =>
        $"{prefix}/{prefix}-{at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture)}{FileExtension}";

    [GeneratedRegex("^[A-Za-z0-9]{1,62}$")]
    private static partial Regex TableSuffix();
}
