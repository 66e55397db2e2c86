using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using FollowUp.Core.Email;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Reads the send ledger back as messages: each kind's day rows (<c>d|…</c>, <c>e|…</c>) with the
/// events of their current claim, which sort right after them, and the fresh-link events
/// (<c>l|{claim}|…</c>), grouped by claim. Page by page, holding one message at a time; a day bound is
/// a row-key bound, an address a single partition.
/// </summary>
public sealed class TableDeliveryReader(TableServiceClient service, IOptions<FollowUpOptions> options) : IDeliveryReader
{
    private const int PageSize = 1000;

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);

    public async IAsyncEnumerable<DeliveryRecord> ListAsync(DateOnly? since = null, string? address = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken).ConfigureAwait(false);
        var partition = address is null ? null : EmailAddresses.StorageKey(address);
        foreach (var kind in new[] { MessageKind.Digest, MessageKind.Escalation })
        {
            await foreach (var record in LedgerMessagesAsync(kind, since, partition, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }

        await foreach (var record in FreshLinksAsync(since, partition, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    private async IAsyncEnumerable<DeliveryRecord> LedgerMessagesAsync(MessageKind kind, DateOnly? since, string? partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = LedgerDayRow.PrefixFor(kind);
        var from = since is { } first ? LedgerDayRow.KeyFor(kind, first) : prefix;

        // The head ('~') and the contact-health row ('~contact') sort after every day: the range stops before them.
        var to = LedgerDayRow.HeadKeyFor(kind);
        var filter = partition is null
            ? TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        TableEntity? day = null;
        var events = new List<DeliveryRecordEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (DeliveryEventRow.Owner(row.RowKey) is { } owner)
            {
                if (day is not null && day.PartitionKey == row.PartitionKey && day.RowKey == owner.DayKey && day.GetString(LedgerDayRow.ClaimId) == owner.ClaimId)
                {
                    events.Add(EventOf(row));
                }

                continue;
            }

            if (day is not null)
            {
                yield return LedgerMessage(kind, day, events);
            }

            day = row;
            events = [];
        }

        if (day is not null)
        {
            yield return LedgerMessage(kind, day, events);
        }
    }

    private async IAsyncEnumerable<DeliveryRecord> FreshLinksAsync(DateOnly? since, string? partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var from = DeliveryEventRow.FreshLinkPrefix;
        var to = DeliveryEventRow.FreshLinkRangeEnd;
        DateTimeOffset? after = since is { } first ? new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        var filter = (partition, after) switch
        {
            (null, null) => TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to}"),
            (null, { } at) => TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to} and At ge {at}"),
            ({ } pk, null) => TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {from} and RowKey lt {to}"),
            ({ } pk, { } at) => TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {from} and RowKey lt {to} and At ge {at}"),
        };
        (string Partition, string? Claim)? current = null;
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var key = (row.PartitionKey, row.GetString(DeliveryEventRow.ClaimId));
            if (current is not null && current != key)
            {
                yield return FreshLink(rows);
                rows = [];
            }

            current = key;
            rows.Add(row);
        }

        if (rows.Count > 0)
        {
            yield return FreshLink(rows);
        }
    }

    private static DeliveryRecord LedgerMessage(MessageKind kind, TableEntity day, List<DeliveryRecordEvent> events)
    {
        var stored = day.GetString(LedgerDayRow.State);
        var state = stored switch
        {
            LedgerState.Failed => "failed",
            LedgerState.Sandboxed => "sandboxed",
            _ when events.Count > 0 => DeliveryStates.Name(DeliveryStates.From(events.Select(e => e.Event))),
            LedgerState.Sent => DeliveryStates.Name(DeliveryState.Accepted),
            LedgerState.Unknown => "unknown",
            _ => "claimed",
        };
        var date = IsoDate.TryParse(day.RowKey[2..], out var parsed) ? parsed : default;
        return new DeliveryRecord(kind, Uri.UnescapeDataString(day.PartitionKey), date, state, day.GetString(LedgerDayRow.MessageId), Ordered(events));
    }

    private static DeliveryRecord FreshLink(List<TableEntity> rows)
    {
        var events = Ordered(rows.Select(EventOf));
        return new DeliveryRecord(
            MessageKind.FreshLink,
            Uri.UnescapeDataString(rows[0].PartitionKey),
            DateOnly.FromDateTime(events[0].At.UtcDateTime),
            DeliveryStates.Name(DeliveryStates.From(events.Select(e => e.Event))),
            rows.Select(r => r.GetString(DeliveryEventRow.MessageId)).FirstOrDefault(m => m is not null),
            events);
    }

    private static DeliveryRecordEvent EventOf(TableEntity row) =>
        new(row.GetString(DeliveryEventRow.Event) ?? "", row.GetDateTimeOffset(DeliveryEventRow.At) ?? DateTimeOffset.MinValue);

    private static List<DeliveryRecordEvent> Ordered(IEnumerable<DeliveryRecordEvent> events) =>
        [.. events.OrderBy(e => e.At).ThenBy(e => e.Event, StringComparer.Ordinal)];
}
