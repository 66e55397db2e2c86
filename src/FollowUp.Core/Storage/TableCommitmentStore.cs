using System.Net;
using System.Runtime.CompilerServices;
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

    /// <summary>The server-side filter of <see cref="QueryAsync"/> with <c>openOnly</c>: the scan's read.</summary>
    private static readonly string OpenOnlyFilter = TableClient.CreateQueryFilter($"RowKey eq {CommitmentEntity.CurrentRowKey} and IsOpen eq {true}");

    private static readonly string CurrentRowsFilter = TableClient.CreateQueryFilter($"RowKey eq {CommitmentEntity.CurrentRowKey}");

    /// <summary>Every column of the current row but the prose (<c>Description</c>, <c>Source</c>) and the write nonce.</summary>
    private static readonly string[] SummaryColumns =
    [
        nameof(CommitmentEntity.PartitionKey), nameof(CommitmentEntity.RowKey),
        nameof(CommitmentEntity.Commission), nameof(CommitmentEntity.Title), nameof(CommitmentEntity.Sector),
        nameof(CommitmentEntity.DueDate), nameof(CommitmentEntity.Status), nameof(CommitmentEntity.Progress),
        nameof(CommitmentEntity.IsOpen), nameof(CommitmentEntity.Owners), nameof(CommitmentEntity.EscalationEmail),
        nameof(CommitmentEntity.PausedUntil), nameof(CommitmentEntity.LastUpdateAt), nameof(CommitmentEntity.LastUpdateBy),
        nameof(CommitmentEntity.LastUpdateNote), nameof(CommitmentEntity.CreatedAt), nameof(CommitmentEntity.SecretariatSetAt),
    ];

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

    public IAsyncEnumerable<Commitment> QueryAsync(bool openOnly, CancellationToken cancellationToken = default) =>
        ReadRowsAsync(openOnly ? OpenOnlyFilter : CurrentRowsFilter, null, cancellationToken);

    public IAsyncEnumerable<Commitment> QuerySummariesAsync(CancellationToken cancellationToken = default) =>
        ReadRowsAsync(CurrentRowsFilter, SummaryColumns, cancellationToken);

    private async IAsyncEnumerable<Commitment> ReadRowsAsync(
        string filter, IEnumerable<string>? select, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);

        // The next page is asked for as soon as one arrives, so storage finds it while this process
        // maps the rows and its reader uses them, instead of each waiting on the other in turn.
        var pages = _table.QueryAsync<CommitmentEntity>(filter, PageSize, select, cancellationToken).AsPages().GetAsyncEnumerator(cancellationToken);
        var next = pages.MoveNextAsync().AsTask();
        try
        {
            while (await next.ConfigureAwait(false))
            {
                var page = pages.Current;
                next = pages.MoveNextAsync().AsTask();
                foreach (var commitment in Readable(page.Values))
                {
                    yield return commitment;
                }
            }
        }
        finally
        {
            // A reader that stops early leaves a page on its way: it must land before the query is disposed.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await pages.DisposeAsync().ConfigureAwait(false);
        }
    }

    private IEnumerable<Commitment> Readable(IEnumerable<CommitmentEntity> entities)
    {
        foreach (var entity in entities)
        {
            // One row edited by hand into a shape FollowUp cannot read must not stop every
            // owner's reminders: it is skipped, and named in the log for an operator to mend.
            Commitment commitment;
            try
            {
                commitment = CommitmentMapping.ToCommitment(entity);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or System.Text.Json.JsonException)
            {
                if (logger is not null)
                {
                    LogUnreadable(logger, entity.PartitionKey, ex.GetType().Name);
                }

                continue;
            }

            yield return commitment;
        }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Commitment {CommitmentId} is stored in a form FollowUp cannot read ({Error}); it is skipped until it is imported again")]
    private static partial void LogUnreadable(ILogger logger, string commitmentId, string error);

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);
}
