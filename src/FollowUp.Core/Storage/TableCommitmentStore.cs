using System.Net;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Commitments in one table: each commitment is a partition holding its current row and its
/// history rows, so an update and its history line are one atomic transaction. Every write also
/// keeps the owner index (<see cref="OwnerIndexTable"/>) in step.
/// </summary>
public sealed partial class TableCommitmentStore(
    TableServiceClient service,
    IOptions<FollowUpOptions> options,
    ILogger<TableCommitmentStore>? logger = null) : ICommitmentStore
{
    /// <summary>The service's largest page; fewer round trips for a full scan.</summary>
    internal const int PageSize = 1000;

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.CommitmentsTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);
    private readonly OwnerIndexTable _index = new(service, options.Value.Storage);

    public async Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!CommitmentValidator.IsSlug(id))
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var response = await _table.GetEntityIfExistsAsync<CommitmentEntity>(
            id, CommitmentEntity.CurrentRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? CommitmentMapping.ToCommitment(response.Value!) : null;
    }

    public async Task<SaveResult> AddAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var entity = WithWriteId(CommitmentMapping.ToEntity(commitment));
        await _index.PrepareAsync(null, commitment, cancellationToken).ConfigureAwait(false);
        try
        {
            if (history is null)
            {
                var response = await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return new SaveResult.Saved(commitment with { Version = response.Headers.ETag?.ToString() });
            }

            TableTransactionAction[] actions =
            [
                new(TableTransactionActionType.Add, entity),
                new(TableTransactionActionType.Add, CommitmentMapping.ToEntity(commitment.Id, history)),
            ];
            var batch = await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return new SaveResult.Saved(commitment with { Version = batch.Value[0].Headers.ETag?.ToString() });
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return await OwnWriteOrConflictAsync(commitment, entity.WriteId!, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Commitment> UpsertAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var removed = await _index.PrepareAsync(await ReadPreviousAsync(commitment.Id, cancellationToken).ConfigureAwait(false), commitment, cancellationToken).ConfigureAwait(false);
        var response = await _table.UpsertEntityAsync(
            WithWriteId(CommitmentMapping.ToEntity(commitment)), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await _index.CompleteAsync(removed, cancellationToken).ConfigureAwait(false);
        return commitment with { Version = response.Headers.ETag?.ToString() };
    }

    public async Task<SaveResult> ReplaceAsync(
        Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        if (string.IsNullOrEmpty(commitment.Version))
        {
            throw new ArgumentException("A conditional replace needs the version the commitment was read at.", nameof(commitment));
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var removed = await _index.PrepareAsync(await ReadPreviousAsync(commitment.Id, cancellationToken).ConfigureAwait(false), commitment, cancellationToken).ConfigureAwait(false);
        var result = await ReplaceRowAsync(commitment, history, cancellationToken).ConfigureAwait(false);
        if (result is SaveResult.Saved)
        {
            await _index.CompleteAsync(removed, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<SaveResult> ReplaceRowAsync(Commitment commitment, ProgressEntry? history, CancellationToken cancellationToken)
    {
        var entity = WithWriteId(CommitmentMapping.ToEntity(commitment));
        var etag = new ETag(commitment.Version!);
        try
        {
            if (history is null)
            {
                var single = await _table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return new SaveResult.Saved(commitment with { Version = single.Headers.ETag?.ToString() });
            }

            TableTransactionAction[] actions =
            [
                new(TableTransactionActionType.UpdateReplace, entity, etag),
                new(TableTransactionActionType.Add, CommitmentMapping.ToEntity(commitment.Id, history)),
            ];
            var batch = await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return new SaveResult.Saved(commitment with { Version = batch.Value[0].Headers.ETag?.ToString() });
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict)
        {
            // A transaction fails as a whole, so its history line was written exactly when the row was.
            return await OwnWriteOrConflictAsync(commitment, entity.WriteId!, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return new SaveResult.NotFound();
        }
    }

    public async Task<IReadOnlyList<ProgressEntry>> GetHistoryAsync(string id, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (!CommitmentValidator.IsSlug(id))
        {
            return [];
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {id} and RowKey ge {HistoryEntity.RowKeyPrefix} and RowKey lt {HistoryEntity.RowKeyEnd}");
        var entries = new List<ProgressEntry>(Math.Min(max, PageSize));
        await foreach (var entity in _table.QueryAsync<HistoryEntity>(filter, Math.Min(max, PageSize), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(CommitmentMapping.ToProgressEntry(entity));
            if (entries.Count == max)
            {
                break;
            }
        }

        return entries;
    }

    /// <summary>The stored commitment before a write, for the owners whose index rows the write removes; null when none is readable.</summary>
    private async Task<Commitment?> ReadPreviousAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await _table.GetEntityIfExistsAsync<CommitmentEntity>(id, CommitmentEntity.CurrentRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            return stored.HasValue ? CommitmentMapping.ToCommitment(stored.Value!) : null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            // Its owners cannot be known; a stale row it leaves is a hint readers check, and reindex removes it.
            return null;
        }
    }

    internal static CommitmentEntity WithWriteId(CommitmentEntity entity)
    {
        entity.WriteId = Guid.NewGuid().ToString("N");
        return entity;
    }

    /// <summary>
    /// A write answered 409 or 412 may be this write's own first attempt, which took effect and lost
    /// its answer before the SDK sent it again. The row's nonce says whose write it holds.
    /// </summary>
    private async Task<SaveResult> OwnWriteOrConflictAsync(Commitment commitment, string writeId, CancellationToken cancellationToken)
    {
        var stored = await _table.GetEntityIfExistsAsync<CommitmentEntity>(
            commitment.Id, CommitmentEntity.CurrentRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!stored.HasValue)
        {
            return new SaveResult.NotFound();
        }

        return string.Equals(stored.Value!.WriteId, writeId, StringComparison.Ordinal)
            ? new SaveResult.Saved(commitment with { Version = stored.Value.ETag.ToString() })
            : new SaveResult.Conflict();
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);
}
