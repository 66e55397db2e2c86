using Azure;
using Azure.Data.Tables;

namespace FollowUp.Core.Storage;

/// <summary>
/// The last fresh link sent to one owner for one commitment. The owner is a hash of the address:
/// the table only has to tell requests apart, and an address may hold characters a RowKey may not.
/// </summary>
internal sealed class LinkRequestEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>From the app's <see cref="TimeProvider"/>, not the service's <see cref="Timestamp"/>, so tests can move the clock.</summary>
    public DateTimeOffset RequestedAt { get; set; }
}
