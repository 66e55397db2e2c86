using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Email;

namespace FollowUp.Core.Storage;

/// <summary>
/// One SendGrid event, kept in the send ledger's partition of its recipient. An event that names a
/// ledger row is keyed <c>{day row}|{claim id}|{event id}</c>, so it sorts right after its day row and
/// the scan's one range read returns it with that row; it counts only for the message sent under that
/// claim. An event for a fresh link is kept as <c>l|{claim id}|{event id}</c>, so the events of one
/// fresh-link message sort together, and any other event as <c>u|{event id}</c>; both lie outside
/// every range the scan reads. Either way the event id is in the key: an event recorded twice is one row.
/// </summary>
internal static class DeliveryEventRow
{
    public const string Event = nameof(Event);
    public const string At = nameof(At);
    public const string MessageId = nameof(MessageId);
    public const string Reason = nameof(Reason);
    public const string BounceType = nameof(BounceType);
    public const string Kind = nameof(Kind);
    public const string LocalDate = nameof(LocalDate);
    public const string ClaimId = nameof(ClaimId);
    public const string RunId = nameof(RunId);

    /// <summary>The partition of events whose recipient is no address FollowUp could key.</summary>
    public const string NoAddressPartition = "-";

    public const string UnmatchedPrefix = "u|";

    public const string FreshLinkPrefix = "l|";

    /// <summary>Past every fresh-link event key: '}' follows '|'.</summary>
    public const string FreshLinkRangeEnd = "l}";

    /// <summary><c>d|yyyy-MM-dd</c> is twelve characters; an event row continues it with <c>|</c>.</summary>
    private const int DayKeyLength = 12;

    private const int MaxIdChars = 300;

    public static string PartitionFor(string email)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return NoAddressPartition;
        }

        var key = EmailAddresses.StorageKey(email);
        return key.Length <= CommitmentValidator.MaxTableKeyLength ? key : NoAddressPartition;
    }

    public static string KeyFor(DeliveryEvent delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var id = Uri.EscapeDataString(delivery.EventId);
        id = id.Length <= MaxIdChars ? id : id[..MaxIdChars];
        return delivery.IsLedgerMessage ? $"{LedgerDayRow.KeyFor(delivery.Kind!.Value, delivery.LocalDate!.Value)}|{delivery.ClaimId}|{id}"
            : delivery.IsFreshLink ? $"{FreshLinkPrefix}{delivery.ClaimId}|{id}"
            : UnmatchedPrefix + id;
    }

    /// <summary>The day row and claim an event row belongs to; null for any other row.</summary>
    public static (string DayKey, string ClaimId)? Owner(string rowKey)
    {
        ArgumentNullException.ThrowIfNull(rowKey);
        if (rowKey.Length <= DayKeyLength + 1 || rowKey[DayKeyLength] != '|')
        {
            return null;
        }

        var rest = rowKey[(DayKeyLength + 1)..];
        var bar = rest.IndexOf('|', StringComparison.Ordinal);
        return bar <= 0 ? null : (rowKey[..DayKeyLength], rest[..bar]);
    }

    public static TableEntity Create(string partition, DeliveryEvent delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new TableEntity(partition, KeyFor(delivery))
        {
            [Event] = delivery.Event,
            [At] = delivery.At,
            [MessageId] = delivery.MessageId,
            [Reason] = delivery.Reason,
            [BounceType] = delivery.BounceType,
            [Kind] = delivery.Kind is { } kind ? MessageTracking.KindName(kind) : null,
            [LocalDate] = delivery.LocalDate is { } date ? IsoDate.Format(date) : null,
            [ClaimId] = delivery.ClaimId,
            [RunId] = delivery.RunId,
        };
    }
}
