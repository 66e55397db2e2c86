using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Snapshots in <c>{prefix}Snapshots</c>, only ever added: rows go in with Add (never Upsert or
/// Update), in entity-group transactions of one partition, and the header last, also with Add. A
/// name whose rows or header exist makes the first Add fail with 409, and the write stops there.
/// </summary>
public sealed class TableSnapshotStore(TableServiceClient service, IOptions<FollowUpOptions> options) : ISnapshotStore
{
    private const int MaxBatchRows = 100;

    /// <summary>Under the service's 4 MiB per transaction: 1 M characters of UTF-16 are 2 MiB.</summary>
    private const int MaxBatchChars = 1024 * 1024;

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SnapshotsTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);

    public async Task<SnapshotWrite> CreateAsync(SnapshotHeader header, IReadOnlyList<SnapshotCommitment> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var creationId = Guid.NewGuid().ToString("N");
        var batch = new List<TableTransactionAction>(MaxBatchRows);
        var chars = 0;
        foreach (var row in rows)
        {
            var entity = SnapshotEntities.Row(header.Name, row, creationId, out var size);
            if (batch.Count == MaxBatchRows || (batch.Count > 0 && chars + size > MaxBatchChars))
            {
                if (!await AddBatchAsync(header.Name, batch, creationId, cancellationToken).ConfigureAwait(false))
                {
                    return new SnapshotWrite.NameTaken(header.Name);
                }

                batch.Clear();
                chars = 0;
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
            chars += size;
        }

        if (batch.Count > 0 && !await AddBatchAsync(header.Name, batch, creationId, cancellationToken).ConfigureAwait(false))
        {
            return new SnapshotWrite.NameTaken(header.Name);
        }

        try
        {
            await _table.AddEntityAsync(SnapshotEntities.Header(header, creationId), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            if (!await IsOwnAsync(SnapshotEntities.IndexPartition, header.Name, creationId, cancellationToken).ConfigureAwait(false))
            {
                return new SnapshotWrite.NameTaken(header.Name);
            }
        }

        return new SnapshotWrite.Written(header);
    }

    public async Task<SnapshotHeader?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!CreateSnapshot.IsValidName(name))
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(SnapshotEntities.IndexPartition, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? SnapshotEntities.ToHeader(found.Value!) : null;
    }

    public async IAsyncEnumerable<SnapshotHeader> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SnapshotEntities.IndexPartition}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return SnapshotEntities.ToHeader(entity);
        }
    }

    public async IAsyncEnumerable<SnapshotCommitment> ReadAsync(string name, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {name}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return SnapshotEntities.ToRow(entity);
        }
    }

    /// <returns>false when another write holds a row of the batch: the name is taken.</returns>
    private async Task<bool> AddBatchAsync(string name, List<TableTransactionAction> batch, string creationId, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            // A retried transaction whose first attempt committed fails on its own rows: the creation id tells.
            var failed = ex.FailedTransactionActionIndex is { } index && index < batch.Count ? batch[index] : batch[0];
            return await IsOwnAsync(name, failed.Entity.RowKey, creationId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsOwnAsync(string partition, string rowKey, string creationId, CancellationToken cancellationToken)
    {
        var stored = await _table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return stored.HasValue && stored.Value!.GetString(SnapshotEntities.CreationId) == creationId;
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);
}
