using Azure;
using Azure.Data.Tables;

namespace FollowUp.Core.Storage;

/// <summary>
/// The last fresh link sent to one owner for one commitment: PartitionKey the owner's hashed address,
/// RowKey <c>link|</c> and the commitment id. A hash, because the table only has to tell addresses
/// apart and an address may hold characters a key may not.
/// </summary>
internal sealed class LinkRequestEntity : ITableEntity
{
    public const string KeyPrefix = "link|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>From the app's <see cref="TimeProvider"/>, not the service's <see cref="Timestamp"/>, so tests can move the clock.</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The claim that wrote the row: a retried write whose first attempt landed finds its own nonce here.</summary>
    public string Nonce { get; set; } = "";

    /// <summary>The RowKey of the <see cref="LinkRequestDayEntity"/> that counted this request, so a release gives the place back.</summary>
    public string DayKey { get; set; } = "";

    public static string KeyFor(string commitmentId) => KeyPrefix + commitmentId;
}
