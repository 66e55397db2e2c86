using Azure;
using Azure.Data.Tables;

namespace FollowUp.Core.Storage;

/// <summary>The current state of a commitment as one row: PartitionKey = id, RowKey = <see cref="CurrentRowKey"/>.</summary>
internal sealed class CommitmentEntity : ITableEntity
{
    public const string CurrentRowKey = "commitment";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = CurrentRowKey;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Commission { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string Sector { get; set; } = "";

    /// <summary>ISO date (yyyy-MM-dd): a calendar date has no time zone, so it is not stored as a DateTime.</summary>
    public string DueDate { get; set; } = "";
    public string Status { get; set; } = "";
    public int Progress { get; set; }

    /// <summary>Lets the scan filter on the server instead of reading finished commitments.</summary>
    public bool IsOpen { get; set; }

    /// <summary>The responsible parties as a JSON array: a commitment has a handful, always read together.</summary>
    public string Owners { get; set; } = "[]";
    public string? EscalationEmail { get; set; }
    public string? Source { get; set; }
    public string? PausedUntil { get; set; }
    public DateTimeOffset? LastUpdateAt { get; set; }
    public string? LastUpdateBy { get; set; }
    public string? LastUpdateNote { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? SecretariatSetAt { get; set; }

    /// <summary>
    /// A nonce, new with every write: when a retried write finds the row changed (409 or 412), this
    /// tells whether the change was that write's own first attempt.
    /// </summary>
    public string? WriteId { get; set; }
}
