using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Snapshots;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Every commitment with its history: the current rows (through the store, which passes over a row
/// it cannot read) joined with one range query of the history rows, both in partition order, so
/// only one commitment's history is held at a time.
/// </summary>
public sealed partial class TableCommitmentArchive(
    ICommitmentStore store,
    TableServiceClient service,
    IOptions<FollowUpOptions> options,
    ILogger<TableCommitmentArchive>? logger = null) : ICommitmentArchive
{
    private static readonly string HistoryFilter =
        TableClient.CreateQueryFilter($"RowKey ge {HistoryEntity.RowKeyPrefix} and RowKey lt {HistoryEntity.RowKeyEnd}");

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.CommitmentsTable);

    public async IAsyncEnumerable<CommitmentRecord> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var history = _table.QueryAsync<HistoryEntity>(HistoryFilter, TableCommitmentStore.PageSize, cancellationToken: cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        bool? started = null;
        var pending = false;
        await foreach (var commitment in store.QueryAsync(openOnly: false, cancellationToken).ConfigureAwait(false))
        {
            // Started after the store's first read, which creates the table if it is missing.
            if (started is null)
            {
                started = true;
                pending = await history.MoveNextAsync().ConfigureAwait(false);
            }

            var lines = new List<ProgressEntry>();
            while (pending && string.CompareOrdinal(history.Current.PartitionKey, commitment.Id) <= 0)
            {
                if (history.Current.PartitionKey == commitment.Id && ToEntry(history.Current) is { } entry)
                {
                    lines.Add(entry);
                }

                pending = await history.MoveNextAsync().ConfigureAwait(false);
            }

            yield return new CommitmentRecord(commitment, lines);
        }
    }

    private ProgressEntry? ToEntry(HistoryEntity entity)
    {
        try
        {
            return CommitmentMapping.ToProgressEntry(entity);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            if (logger is not null)
            {
                LogUnreadable(logger, entity.PartitionKey, entity.RowKey);
            }

            return null;
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "History row {RowKey} of commitment {CommitmentId} cannot be read; snapshots and reports leave it out")]
    private static partial void LogUnreadable(ILogger logger, string commitmentId, string rowKey);
}
