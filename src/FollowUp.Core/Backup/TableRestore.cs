using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Backup;

/// <summary>
/// Restores an export into the tables of the configured prefix (<c>{prefix}Commitments</c>, …),
/// whatever prefix it was taken from. It reads the export twice: once to check all of it (a damaged
/// or truncated export is refused before anything is written), then to write it, table by table.
/// </summary>
public sealed partial class TableRestore(
    TableServiceClient service,
    BackupContainer container,
    IOptions<FollowUpOptions> options,
    ILogger<TableRestore> logger)
{
    public async Task<RestoreOutcome> RestoreAsync(string source, RestoreMode mode, CancellationToken cancellationToken = default)
    {
        var export = ExportSource.Resolve(source, container);
        RestoreOutcome outcome;
        try
        {
            outcome = await RestoreAsync(export, mode, cancellationToken).ConfigureAwait(false);
        }
        catch (ExportFormatException ex)
        {
            outcome = new RestoreOutcome.Corrupt(ex.Message);
        }
        catch (Exception ex) when (((ex as StorageStepException)?.Message ?? StorageFailure.Describe(ex, $"reading {export.Name}")) is { } reason)
        {
            outcome = new RestoreOutcome.StorageFailed(reason);
        }

        Log(export.Name, outcome);
        return outcome;
    }

    private string Prefix => options.Value.Storage.TablePrefix;

    private async Task<RestoreOutcome> RestoreAsync(ExportSource export, RestoreMode mode, CancellationToken cancellationToken)
    {
        ExportHeader? header = null;
        await using (var stream = await export.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (stream is null)
            {
                return new RestoreOutcome.NotFound(export.Name, container.Name);
            }

            await foreach (var record in ExportReader.ReadAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                header ??= (record as ExportRecord.Header)?.Value;
            }
        }

        var targets = header!.Tables.Select(t => Prefix + t).ToList();
        if (mode == RestoreMode.EmptyTablesOnly && await NonEmptyAsync(targets, cancellationToken).ConfigureAwait(false) is { Count: > 0 } occupied)
        {
            return new RestoreOutcome.TargetsNotEmpty(occupied);
        }

        return await WriteAsync(export, mode, targets, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<string>> NonEmptyAsync(List<string> tables, CancellationToken cancellationToken)
    {
        var occupied = new List<string>();
        foreach (var name in tables)
        {
            try
            {
                await foreach (var _ in service.GetTableClient(name).QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    occupied.Add(name);
                    break;
                }
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                // No such table yet: as empty as can be.
            }
            catch (Exception ex) when (StorageFailure.Describe(ex, $"checking table {name}") is { } reason)
            {
                throw new StorageStepException(reason, ex);
            }
        }

        return occupied;
    }

    private async Task<RestoreOutcome> WriteAsync(ExportSource export, RestoreMode mode, List<string> targets, CancellationToken cancellationToken)
    {
        var restored = new List<RestoredTable>();
        RestoreBatches? batches = null;
        string? current = null;
        try
        {
            await using var stream = await export.OpenAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new StorageStepException($"{export.Name} disappeared after it was checked");
            await foreach (var record in ExportReader.ReadAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                switch (record)
                {
                    case ExportRecord.TableStart start:
                        current = Prefix + start.Table;
                        var table = service.GetTableClient(current);
                        await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                        batches = new RestoreBatches(table, mode);
                        break;
                    case ExportRecord.Row row:
                        await batches!.AddAsync(row, cancellationToken).ConfigureAwait(false);
                        break;
                    case ExportRecord.TableEnd:
                        await batches!.CompleteAsync(cancellationToken).ConfigureAwait(false);
                        restored.Add(new RestoredTable(current!, batches.Written));
                        LogTable(current!, batches.Written);
                        (current, batches) = (null, null);
                        break;
                    case ExportRecord.Manifest manifest:
                        return new RestoreOutcome.Restored(manifest.Value, restored);
                }
            }
        }
        catch (Exception ex) when (ex is ExportFormatException or StorageStepException || StorageFailure.IsStorageFailure(ex))
        {
            var reason = ex is ExportFormatException or StorageStepException ? ex.Message : StorageFailure.Describe(ex, $"restoring {current}")!;
            var notStarted = targets.Where(t => t != current && restored.All(r => r.Table != t)).ToList();
            return new RestoreOutcome.Interrupted(restored, current ?? "(none)", batches?.Written ?? 0, reason, notStarted);
        }

        throw new ExportFormatException($"{export.Name} changed after it was checked: it no longer ends with its manifest");
    }

    private void Log(string source, RestoreOutcome outcome)
    {
        switch (outcome)
        {
            case RestoreOutcome.Restored done:
                LogRestored(source, done.Tables.Count, done.Rows);
                break;
            case RestoreOutcome.Interrupted stopped:
                LogInterrupted(source, stopped.Table, stopped.RowsWritten, stopped.Reason);
                break;
            case RestoreOutcome.Corrupt corrupt:
                LogRefused(source, corrupt.Reason);
                break;
            case RestoreOutcome.TargetsNotEmpty occupied:
                LogNotEmpty(source, occupied.Tables);
                break;
            case RestoreOutcome.StorageFailed failed:
                LogRefused(source, failed.Reason);
                break;
        }
    }

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Restored table {Table}: {Rows} rows")]
    private partial void LogTable(string table, long rows);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Restored {Source}: {Tables} tables, {Rows} rows")]
    private partial void LogRestored(string source, int tables, long rows);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Error, Message = "Restore of {Source} stopped in table {Table} after {Rows} rows: {Reason}")]
    private partial void LogInterrupted(string source, string table, long rows, string reason);

    [LoggerMessage(EventId = 5015, Level = LogLevel.Warning, Message = "Restore of {Source} refused, nothing written: tables {Tables} are not empty")]
    private partial void LogNotEmpty(string source, IReadOnlyList<string> tables);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Warning, Message = "Restore of {Source} refused, nothing written: {Reason}")]
    private partial void LogRefused(string source, string reason);
}
