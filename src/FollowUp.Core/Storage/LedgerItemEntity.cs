using Azure;
using Azure.Data.Tables;

namespace FollowUp.Core.Storage;

/// <summary>
/// One nudge: RowKey <c>i|{stage date}|{stage}|{commitment id}</c>, so that the nudges from a date
/// on are one range query within the owner's partition.
/// </summary>
internal sealed class LedgerItemEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CommitmentId { get; set; } = "";
    public string Stage { get; set; } = "";
    public string StageDate { get; set; } = "";
    public string DigestDate { get; set; } = "";
    public string State { get; set; } = "";
}
