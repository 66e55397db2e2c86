using Azure;
using Azure.Data.Tables;

namespace FollowUp.Core.Storage;

/// <summary>One owner's digest for one local day: RowKey <c>d|yyyy-MM-dd</c>.</summary>
internal sealed class LedgerDayEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string State { get; set; } = "";
    public string RunId { get; set; } = "";
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? SettledAt { get; set; }
    public int Items { get; set; }
    public string? MessageId { get; set; }
    public string? Error { get; set; }
}
