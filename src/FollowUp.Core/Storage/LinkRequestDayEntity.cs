using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Storage;

/// <summary>
/// The fresh links sent to one address on one UTC day, whatever the commitments: PartitionKey the
/// hashed address (as <see cref="LinkRequestEntity"/>), RowKey <c>day|yyyy-MM-dd</c>. It lists the
/// claims' nonces rather than a bare number, so a retried write can see whether it was counted and a
/// release removes exactly its own place.
/// </summary>
internal sealed class LinkRequestDayEntity : ITableEntity
{
    public const string KeyPrefix = "day|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>How many fresh links went out that day; the length of <see cref="Nonces"/>, kept for people reading the table.</summary>
    public int Count { get; set; }

    /// <summary>The counted claims' nonces, space-separated.</summary>
    public string Nonces { get; set; } = "";

    /// <summary>The UTC calendar day: a day is the same for every owner, wherever their ministry sits.</summary>
    public static string KeyFor(DateTimeOffset now) => KeyPrefix + IsoDate.Format(DateOnly.FromDateTime(now.UtcDateTime));

    public IReadOnlyList<string> Counted() => Nonces.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static LinkRequestDayEntity With(string partition, string rowKey, IEnumerable<string> nonces)
    {
        var list = nonces.ToList();
        return new LinkRequestDayEntity { PartitionKey = partition, RowKey = rowKey, Count = list.Count, Nonces = string.Join(' ', list) };
    }
}
