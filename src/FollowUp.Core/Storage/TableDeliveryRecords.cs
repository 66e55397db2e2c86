using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using FollowUp.Core.Email;
using FollowUp.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Delivery counts for snapshots, read from the send ledger in one range query of its digest rows:
/// each digest claimed by the as-of time takes the <see cref="DeliveryStates"/> of the events recorded
/// under its claim up to that time, and counts for every commitment it nudged. Undeliverable addresses
/// come from <see cref="IContactHealthStore"/>: marks made by the as-of time that are still standing.
/// It only reads; the ledger belongs to the scan and the Event Webhook.
/// </summary>
public sealed class TableDeliveryRecords(TableServiceClient service, IOptions<FollowUpOptions> options, IContactHealthStore contacts) : IDeliveryRecords
{
    private static readonly string DigestHead = LedgerDayRow.HeadKeyFor(MessageKind.Digest);

    private static readonly string DigestRows =
        TableClient.CreateQueryFilter($"RowKey ge {LedgerDayRow.PrefixFor(MessageKind.Digest)} and RowKey lt {LedgerDayRow.RangeEndFor(MessageKind.Digest)}");

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);

    public async Task<Func<Commitment, SnapshotDelivery?>> ReadAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var (messages, events) = await ReadLedgerAsync(asOf, cancellationToken).ConfigureAwait(false);
        var delivered = new Dictionary<string, int>(StringComparer.Ordinal);
        var undeliverable = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            var state = DeliveryStates.From(events.TryGetValue(message.Claim, out var names) ? names : []);
            var tally = state switch
            {
                DeliveryState.Delivered => delivered,
                DeliveryState.Bounced or DeliveryState.Dropped or DeliveryState.SpamReported => undeliverable,
                _ => null,
            };
            foreach (var id in message.CommitmentIds)
            {
                if (tally is not null)
                {
                    tally[id] = tally.GetValueOrDefault(id) + 1;
                }
            }
        }

        var marked = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var health in contacts.ListUndeliverableAsync(cancellationToken).ConfigureAwait(false))
        {
            if (health.Since is { } since && since <= asOf)
            {
                marked.Add(EmailAddresses.Canonical(health.Address));
            }
        }

        return commitment => new SnapshotDelivery(
            delivered.GetValueOrDefault(commitment.Id),
            undeliverable.GetValueOrDefault(commitment.Id),
            [.. commitment.Owners.Select(o => EmailAddresses.Canonical(o.Email)).Where(marked.Contains).Distinct(StringComparer.Ordinal)]);
    }

    private async Task<(List<Message> Messages, Dictionary<(string, string, string), List<string>> Events)> ReadLedgerAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var messages = new List<Message>();
        var events = new Dictionary<(string, string, string), List<string>>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(DigestRows, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (row.RowKey == DigestHead || row.RowKey == ContactHealthRow.Key)
                {
                    continue;
                }

                if (DeliveryEventRow.Owner(row.RowKey) is { } owner)
                {
                    if (row.GetDateTimeOffset(DeliveryEventRow.At) is { } at && at <= asOf && row.GetString(DeliveryEventRow.Event) is { } name)
                    {
                        var key = (row.PartitionKey, owner.DayKey, owner.ClaimId);
                        (events.TryGetValue(key, out var names) ? names : events[key] = []).Add(name);
                    }

                    continue;
                }

                if (LedgerState.IsTaken(row.GetString(LedgerDayRow.State)) && row.GetString(LedgerDayRow.ClaimId) is { } claimId
                    && row.GetDateTimeOffset(LedgerDayRow.ClaimedAt) is { } claimedAt && claimedAt <= asOf
                    && Ids(row) is { Count: > 0 } ids)
                {
                    messages.Add(new Message((row.PartitionKey, row.RowKey, claimId), ids));
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No scan has run yet, so no ledger table: nothing was sent.
        }

        return (messages, events);
    }

    private static List<string> Ids(TableEntity row)
    {
        try
        {
            return [.. LedgerDayRow.Nudges(row, Uri.UnescapeDataString(row.PartitionKey), DateOnly.MinValue).Select(n => n.CommitmentId).Distinct(StringComparer.Ordinal)];
        }
        catch (FormatException)
        {
            // TableReminderRecords logs the unreadable row once per snapshot; it counts for nothing here too.
            return [];
        }
    }

    private sealed record Message((string Partition, string DayKey, string ClaimId) Claim, List<string> CommitmentIds);
}
