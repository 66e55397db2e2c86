using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Storage;

/// <summary>The store's streamed reads of every current row: the scan's, the workspace's and the tools'.</summary>
public sealed partial class TableCommitmentStore
{
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Commitment {CommitmentId} is stored in a form FollowUp cannot read ({Error}); it is skipped until it is imported again")]
    private static partial void LogUnreadable(ILogger logger, string commitmentId, string error);

}
