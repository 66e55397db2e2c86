using System.Net;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Records SendGrid's events in the send ledger, in the partition of each recipient: per partition,
/// one entity-group transaction of its events (upserts keyed by event id) and its contact-health row
/// (rewritten under the version read), so an address's events and what they say of it land together.
/// Two batches for one address that race are ordered by the health row's version; the loser reads
/// again and retries.
/// </summary>
public sealed class TableDeliveryEvents(TableServiceClient service, IOptions<FollowUpOptions> options) : IDeliveryEventStore
{
    /// <summary>The service's limit is 100 actions a transaction; one is the health row.</summary>
    private const int EventsPerTransaction = 99;

    private const int MaxAttempts = 8;

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);

    public async Task RecordAsync(IReadOnlyList<DeliveryEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        await _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken).ConfigureAwait(false);
        var byPartition = events
            .GroupBy(e => DeliveryEventRow.PartitionFor(e.Email), StringComparer.Ordinal)
            .Select(g => (Partition: g.Key, Events: g.DistinctBy(DeliveryEventRow.KeyFor, StringComparer.Ordinal).ToList()))
            .ToList();
        await Parallel.ForEachAsync(
            byPartition,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (partition, ct) =>
            {
                foreach (var chunk in partition.Events.Chunk(EventsPerTransaction))
                {
                    await WriteAsync(partition.Partition, chunk, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
    }

    private async Task WriteAsync(string partition, DeliveryEvent[] events, CancellationToken cancellationToken)
    {
        var rows = events.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, DeliveryEventRow.Create(partition, e))).ToList();
        if (partition == DeliveryEventRow.NoAddressPartition)
        {
            await _table.SubmitTransactionAsync(rows, cancellationToken).ConfigureAwait(false);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var stored = await _table.GetEntityIfExistsAsync<TableEntity>(partition, ContactHealthRow.Key, cancellationToken: cancellationToken).ConfigureAwait(false);
            var current = stored.HasValue ? stored.Value : null;
            var health = ContactHealthRow.Apply(partition, events[0].Email, current, events);
            var actions = new List<TableTransactionAction>(rows);
            if (health is not null)
            {
                actions.Add(current is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, health)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, health, current.ETag));
            }

            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException ex) when (attempt < MaxAttempts && ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // Another batch for this address wrote its health row since the read (or a retried
                // transaction of ours did): read again and fold these events into what is there now.
            }
        }
    }
}
