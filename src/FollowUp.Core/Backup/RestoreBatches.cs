using System.Globalization;
using Azure.Data.Tables;

namespace FollowUp.Core.Backup;

/// <summary>
/// Writes one table's rows as entity-group transactions: consecutive rows of one partition, at most
/// 100 and about 2 MiB each (the service allows 100 and 4 MiB), a few transactions in flight at a
/// time. Memory holds those batches only. After a failure it lets the batches in flight finish, so
/// <see cref="Written"/> is exact, and then throws.
/// </summary>
internal sealed class RestoreBatches(TableClient table, RestoreMode mode)
{
    private const int MaxActions = 100;
    private const int MaxBytes = 2 * 1024 * 1024;
    private const int InFlight = 8;

    private readonly List<Task> _inFlight = [];
    private List<TableTransactionAction> _batch = [];
    private string? _partition;
    private long _firstLine;
    private int _bytes;
    private long _written;

    public long Written => Interlocked.Read(ref _written);

    public async Task AddAsync(ExportRecord.Row row, CancellationToken cancellationToken)
    {
        if (_batch.Count > 0 && (_partition != row.Entity.PartitionKey || _batch.Count == MaxActions || _bytes + row.Bytes > MaxBytes))
        {
            await SubmitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_batch.Count == 0)
        {
            _partition = row.Entity.PartitionKey;
            _firstLine = row.Line;
            _bytes = 0;
        }

        var action = mode == RestoreMode.Overwrite ? TableTransactionActionType.UpsertReplace : TableTransactionActionType.Add;
        _batch.Add(new TableTransactionAction(action, row.Entity));
        _bytes += row.Bytes;
    }

    /// <summary>Writes what is pending and waits for every transaction in flight.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_batch.Count > 0)
        {
            await SubmitAsync(cancellationToken).ConfigureAwait(false);
        }

        await DrainAsync().ConfigureAwait(false);
    }

    private async Task SubmitAsync(CancellationToken cancellationToken)
    {
        var batch = _batch;
        var firstLine = _firstLine;
        _batch = [];
        _inFlight.Add(WriteAsync(batch, firstLine, cancellationToken));
        if (_inFlight.Count < InFlight)
        {
            return;
        }

        var done = await Task.WhenAny(_inFlight).ConfigureAwait(false);
        _inFlight.Remove(done);
        if (!done.IsCompletedSuccessfully)
        {
            await DrainAsync().ConfigureAwait(false);
            await done.ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(List<TableTransactionAction> batch, long firstLine, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex)
        {
            var line = firstLine + (ex.FailedTransactionActionIndex ?? 0);
            throw new StorageStepException(StorageFailure.Describe(ex, Invariant($"the row of line {line} in table {table.Name}"))!, ex);
        }
        catch (Exception ex) when (StorageFailure.Describe(ex, Invariant($"the rows from line {firstLine} in table {table.Name}")) is { } reason)
        {
            throw new StorageStepException(reason, ex);
        }

        Interlocked.Add(ref _written, batch.Count);
    }

    /// <summary>Waits for every transaction in flight, then throws the first failure among them.</summary>
    private async Task DrainAsync()
    {
        var pending = _inFlight.ToList();
        _inFlight.Clear();
        await Task.WhenAll(pending).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        if (pending.FirstOrDefault(t => !t.IsCompletedSuccessfully) is { } failed)
        {
            await failed.ConfigureAwait(false);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
