using Azure.Data.Tables;
using FollowUp.Core.Delivery;

namespace FollowUp.Core.Storage;

/// <summary>
/// An address's contact health, one row in its send-ledger partition, <c>d|~contact</c>: after the
/// digest head, inside the range the scan's digest read covers, so that read returns it at no extra
/// cost. It keeps maxima only (the latest marking event, delivery, reset and event of any kind), so
/// what it says is a function of the set of events, not of the order they came in.
/// </summary>
internal static class ContactHealthRow
{
    public const string Key = "d|~contact";

    public const string Address = nameof(Address);
    public const string BadAt = nameof(BadAt);
    public const string BadState = nameof(BadState);
    public const string BadReason = nameof(BadReason);
    public const string DeliveredAt = nameof(DeliveredAt);
    public const string ResetAt = nameof(ResetAt);
    public const string LastEvent = nameof(LastEvent);
    public const string LastEventAt = nameof(LastEventAt);

    /// <summary>The row after <paramref name="events"/>; null when they change nothing in <paramref name="current"/>.</summary>
    public static TableEntity? Apply(string partition, string address, TableEntity? current, IEnumerable<DeliveryEvent> events)
    {
        var row = new TableEntity(partition, Key);
        if (current is not null)
        {
            foreach (var (name, value) in current)
            {
                if (name is not ("odata.etag" or "PartitionKey" or "RowKey" or "Timestamp"))
                {
                    row[name] = value;
                }
            }
        }

        row[Address] = current?.GetString(Address) ?? address;
        foreach (var delivery in events)
        {
            Later(row, LastEventAt, LastEvent, delivery.At, delivery.Event, null, null);
            if (delivery.Event == DeliveryEventNames.Delivered)
            {
                Later(row, DeliveredAt, null, delivery.At, null, null, null);
            }

            if (Marks(delivery) is { } mark)
            {
                Later(row, BadAt, BadState, delivery.At, mark.State.ToString(), BadReason, mark.Reason);
            }
        }

        return current is not null && Same(current, row) ? null : row;
    }

    public static ContactHealth Read(string address, TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var shown = row.GetString(Address) ?? address;
        var lastEvent = row.GetString(LastEvent);
        var lastAt = row.GetDateTimeOffset(LastEventAt);
        var badAt = row.GetDateTimeOffset(BadAt);
        var cleared = Max(row.GetDateTimeOffset(DeliveredAt), row.GetDateTimeOffset(ResetAt));
        if (badAt is { } since && (cleared is null || since > cleared) && Enum.TryParse<ContactState>(row.GetString(BadState), out var state))
        {
            return new ContactHealth(shown, state, row.GetString(BadReason), since, lastEvent, lastAt);
        }

        return new ContactHealth(shown, lastEvent is null ? ContactState.Unknown : ContactState.Ok, null, null, lastEvent, lastAt);
    }

    /// <summary>Which events make an address undeliverable: a hard bounce, a drop for a bounced, invalid or spam-reporting address, a spam report.</summary>
    public static (ContactState State, string Reason)? Marks(DeliveryEvent delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return delivery.Event switch
        {
            DeliveryEventNames.Bounce when delivery.BounceType != DeliveryEventNames.Blocked => (ContactState.Bounced, delivery.Reason ?? "hard bounce"),
            DeliveryEventNames.Dropped when delivery.Reason is "Bounced Address" or "Invalid" => (ContactState.Dropped, delivery.Reason),
            DeliveryEventNames.Dropped when delivery.Reason is "Spam Reporting Address" => (ContactState.Spam, delivery.Reason),
            DeliveryEventNames.SpamReport => (ContactState.Spam, "the recipient reported a message as spam"),
            _ => null,
        };
    }

    /// <summary>Keeps the latest (time, then name) of an event kind, so that ties resolve the same whatever the order.</summary>
    private static void Later(TableEntity row, string atName, string? nameProperty, DateTimeOffset at, string? name, string? extraProperty, string? extra)
    {
        var currentAt = row.GetDateTimeOffset(atName);
        var currentName = nameProperty is null ? null : row.GetString(nameProperty);
        var later = currentAt is null || at > currentAt
            || (at == currentAt && string.CompareOrdinal((name ?? "") + extra, (currentName ?? "") + (extraProperty is null ? null : row.GetString(extraProperty))) > 0);
        if (!later)
        {
            return;
        }

        row[atName] = at;
        if (nameProperty is not null)
        {
            row[nameProperty] = name;
        }

        if (extraProperty is not null)
        {
            row[extraProperty] = extra;
        }
    }

    private static bool Same(TableEntity current, TableEntity next) =>
        next.Keys.Where(k => k is not ("PartitionKey" or "RowKey")).All(k => current.TryGetValue(k, out var old) && Equals(Normal(old), Normal(next[k])));

    private static object? Normal(object? value) => value is DateTime dt ? new DateTimeOffset(dt.ToUniversalTime()) : value is DateTimeOffset dto ? dto.ToUniversalTime() : value;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
