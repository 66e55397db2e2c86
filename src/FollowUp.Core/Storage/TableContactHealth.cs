using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>Contact health as the send ledger holds it: one <c>d|~contact</c> row per address that some event was heard for.</summary>
public sealed class TableContactHealth(TableServiceClient service, IOptions<FollowUpOptions> options, TimeProvider time) : IContactHealthStore
{
    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);

    public async Task<ContactHealth> ReadAsync(string address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var stored = await _table.GetEntityIfExistsAsync<TableEntity>(DeliveryEventRow.PartitionFor(address), ContactHealthRow.Key, cancellationToken: cancellationToken).ConfigureAwait(false);
        return stored.HasValue ? ContactHealthRow.Read(address, stored.Value!) : ContactHealth.Unheard(address);
    }

    public async IAsyncEnumerable<ContactHealth> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ContactHealthRow.Key}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ContactHealthRow.Read(Uri.UnescapeDataString(row.PartitionKey), row);
        }
    }

    public async IAsyncEnumerable<ContactHealth> ListUndeliverableAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var health in ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (health.IsUndeliverable)
            {
                yield return health;
            }
        }
    }

    public async Task<bool> ResetAsync(string address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var reset = new TableEntity(DeliveryEventRow.PartitionFor(address), ContactHealthRow.Key) { [ContactHealthRow.ResetAt] = time.GetUtcNow() };
        try
        {
            // A merge of the reset alone: the event recorder rewrites the row only at the version it
            // read, so a batch racing this one reads again and keeps the reset.
            await _table.UpdateEntityAsync(reset, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);
}
