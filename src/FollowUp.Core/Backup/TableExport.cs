using System.Diagnostics;
using System.IO.Compression;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Backup;

/// <summary>
/// Exports every table whose name starts with <c>FollowUp:Storage:TablePrefix</c>, found by listing
/// the account's tables rather than from a fixed list, so a table added later is backed up too.
/// Rows stream page by page through gzip into the destination: memory holds one page (1,000 rows)
/// and one upload block, whatever the size of the tables. Rows keep their types (<see cref="EntityJson"/>).
/// </summary>
/// <remarks>
/// Table Storage has no snapshot: each page is read as it stands, so a row written during an export
/// may or may not be in it. The timer runs at night for that reason.
/// </remarks>
public sealed partial class TableExport(
    TableServiceClient service,
    BackupContainer container,
    IOptions<FollowUpOptions> options,
    TimeProvider time,
    ILogger<TableExport> logger)
{
    /// <summary>The service's largest page.</summary>
    private const int PageSize = 1000;

    /// <summary>Writes a new blob in the backup container, named by the prefix and the time (<see cref="ExportFormat.BlobName"/>).</summary>
    public async Task<ExportOutcome> ToContainerAsync(CancellationToken cancellationToken = default)
    {
        var startedAt = time.GetUtcNow();
        var name = ExportFormat.BlobName(Prefix, startedAt);
        var destination = $"{container.Name}/{name}";
        var started = Stopwatch.GetTimestamp();
        ExportOutcome outcome;
        try
        {
            var written = await container.WriteAsync(name, async (stream, ct) =>
            {
                var counted = new CountingStream(stream);
                var manifest = await WriteAsync(counted, startedAt, ct).ConfigureAwait(false);
                return new ExportOutcome.Written(destination, manifest, counted.BytesWritten);
            }, cancellationToken).ConfigureAwait(false);
            outcome = written ?? (ExportOutcome)new ExportOutcome.AlreadyExists(destination);
        }
        catch (Exception ex) when (Failure(ex, $"writing blob {destination}") is { } reason)
        {
            outcome = new ExportOutcome.StorageFailed(reason);
        }

        Log(outcome, Stopwatch.GetElapsedTime(started));
        return outcome;
    }

    /// <summary>Writes the export to a local file, which must not exist yet; a failed export leaves no file.</summary>
    public async Task<ExportOutcome> ToFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full))
        {
            return new ExportOutcome.AlreadyExists(full);
        }

        var started = Stopwatch.GetTimestamp();
        var partial = $"{full}.partial-{Guid.NewGuid():N}";
        ExportOutcome outcome;
        try
        {
            ExportManifest manifest;
            long bytes;
            var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                manifest = await WriteAsync(file, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                bytes = file.Length;
            }

            File.Move(partial, full, overwrite: false);
            outcome = new ExportOutcome.Written(full, manifest, bytes);
        }
        catch (Exception ex) when (Failure(ex, $"exporting to {full}") is { } reason)
        {
            outcome = new ExportOutcome.StorageFailed(reason);
        }
        catch (IOException) when (File.Exists(full))
        {
            outcome = new ExportOutcome.AlreadyExists(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            outcome = new ExportOutcome.StorageFailed($"cannot write {full}: {ex.Message}");
        }
        finally
        {
            File.Delete(partial);
        }

        Log(outcome, Stopwatch.GetElapsedTime(started));
        return outcome;
    }

    private string Prefix => options.Value.Storage.TablePrefix;

    private async Task<ExportManifest> WriteAsync(Stream destination, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var tables = await ListTablesAsync(cancellationToken).ConfigureAwait(false);
        var gzip = new GZipStream(destination, CompressionLevel.Optimal, leaveOpen: true);
        await using (gzip.ConfigureAwait(false))
        {
            using var writer = new ExportWriter(gzip);
            var suffixes = tables.Select(t => t[Prefix.Length..]).ToList();
            await writer.WriteHeaderAsync(new ExportHeader(ExportFormat.Version, Prefix, suffixes, startedAt, options.Value.BackupRetentionDays), cancellationToken).ConfigureAwait(false);
            foreach (var suffix in suffixes)
            {
                await writer.BeginTableAsync(suffix, cancellationToken).ConfigureAwait(false);
                await WriteRowsAsync(writer, suffix, cancellationToken).ConfigureAwait(false);
                await writer.EndTableAsync(suffix, cancellationToken).ConfigureAwait(false);
            }

            return await writer.WriteManifestAsync(Prefix, startedAt, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteRowsAsync(ExportWriter writer, string suffix, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(Prefix + suffix);
        try
        {
            await foreach (var page in table.QueryAsync<TableEntity>(maxPerPage: PageSize, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
            {
                foreach (var entity in page.Values)
                {
                    await writer.WriteRowAsync(suffix, entity, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (StorageFailure.Describe(ex, $"reading table {table.Name}") is { } reason)
        {
            throw new StorageStepException(reason, ex);
        }
    }

    /// <summary>Every table of the prefix, in name order. Another prefix that begins with this one is named in the docs as a mistake to avoid.</summary>
    private async Task<List<string>> ListTablesAsync(CancellationToken cancellationToken)
    {
        var filter = TableServiceClient.CreateQueryFilter($"TableName ge {Prefix} and TableName lt {Prefix + "~"}");
        var names = new List<string>();
        try
        {
            await foreach (var table in service.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (table.Name.StartsWith(Prefix, StringComparison.Ordinal) && ExportFormat.IsTableSuffix(Prefix, table.Name[Prefix.Length..]))
                {
                    names.Add(table.Name);
                }
            }
        }
        catch (Exception ex) when (StorageFailure.Describe(ex, "listing the tables") is { } reason)
        {
            throw new StorageStepException(reason, ex);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private static string? Failure(Exception ex, string what) =>
        ex is StorageStepException step ? step.Message : StorageFailure.Describe(ex, what);

    private void Log(ExportOutcome outcome, TimeSpan elapsed)
    {
        switch (outcome)
        {
            case ExportOutcome.Written written:
                LogWritten(written.Destination, written.Manifest.Rows.Count, written.Manifest.TotalRows, written.Bytes, elapsed.TotalSeconds);
                break;
            case ExportOutcome.AlreadyExists exists:
                LogExists(exists.Destination);
                break;
            case ExportOutcome.StorageFailed failed:
                LogFailed(Prefix, failed.Reason);
                break;
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Backup written to {Destination}: {Tables} tables, {Rows} rows, {Bytes} bytes in {Seconds:0.0} s")]
    private partial void LogWritten(string destination, int tables, long rows, long bytes, double seconds);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Backup not written: {Destination} already exists and was left as it was")]
    private partial void LogExists(string destination);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Backup of tables {Prefix}* failed: {Reason}; nothing was written")]
    private partial void LogFailed(string prefix, string reason);
}
