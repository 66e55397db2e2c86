using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace FollowUp.Core.Storage;

/// <summary>
/// One progress report, stored in its commitment's partition so that the update and its history
/// line commit in one entity-group transaction.
/// </summary>
internal sealed class HistoryEntity : ITableEntity
{
    public const string RowKeyPrefix = "h-";

    // '.' sorts right after '-', so [h-, h.) is exactly the history rows.
    public const string RowKeyEnd = "h.";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset At { get; set; }
    public string By { get; set; } = "";
    public string OldStatus { get; set; } = "";
    public string NewStatus { get; set; } = "";
    public int OldProgress { get; set; }
    public int NewProgress { get; set; }
    public string? Note { get; set; }
    public string? ExpectedCompletion { get; set; }

    /// <summary>A <see cref="Commitments.ProgressSource"/> name; absent on lines written before it was recorded, which were all owners'.</summary>
    public string? Source { get; set; }

    public string? Reason { get; set; }
    public string? OldDueDate { get; set; }
    public string? NewDueDate { get; set; }

    /// <summary>
    /// Rows sort ascending, so the key counts down from the end of time: the newest entry comes first.
    /// A random suffix keeps two reports in the same tick apart.
    /// </summary>
    public static string RowKeyFor(DateTimeOffset at) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{RowKeyPrefix}{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Guid.NewGuid():N}");
}
