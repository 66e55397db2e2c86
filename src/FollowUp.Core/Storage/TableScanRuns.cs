using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// <c>{prefix}ScanRuns</c>: PartitionKey the run id, one head row per shard (RowKey its index,
/// <c>000</c>-<c>063</c>) and, for a shard whose report outgrows one entity, overflow rows
/// (<c>007.1</c>, ...). The report is JSON in properties of at most 30,000 characters (a string
/// property holds 64 KiB of UTF-16), at most 15 to an entity (1 MiB). A shard writes all its rows in
/// one transaction, replacing what an earlier attempt wrote, so a retried shard rewrites its report
/// whole and a crash leaves either the report or nothing; a transaction holds 4 MiB, so one shard
/// reports at most about 4 million characters of escalated nudges (some 40,000).
/// </summary>
public sealed class TableScanRuns(TableServiceClient service, IOptions<FollowUpOptions> options)
{
    internal const int ChunkChars = 30_000;
    internal const int ChunksPerRow = 15;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.ScanRunsTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);

    public async Task WriteAsync(string runId, ShardReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var text = JsonSerializer.Serialize(report, Json);
        var chunks = Enumerable.Range(0, Math.Max(1, (text.Length + ChunkChars - 1) / ChunkChars))
            .Select(i => text.Substring(i * ChunkChars, Math.Min(ChunkChars, text.Length - (i * ChunkChars))))
            .Chunk(ChunksPerRow)
            .ToList();
        var head = HeadKey(report.Shard);
        var actions = chunks.Select((parts, row) =>
        {
            var entity = new TableEntity(runId, row == 0 ? head : string.Create(CultureInfo.InvariantCulture, $"{head}.{row}"));
            for (var i = 0; i < parts.Length; i++)
            {
                entity[Part(i)] = parts[i];
            }

            if (row == 0)
            {
                entity["Of"] = report.Of;
                entity["Rows"] = chunks.Count;
            }

            return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
        });
        await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many shards of the run have written their report.</summary>
    public async Task<int> CountAsync(string runId, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {runId}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, 1000, [nameof(TableEntity.RowKey)], cancellationToken).ConfigureAwait(false))
        {
            count += row.RowKey.Contains('.', StringComparison.Ordinal) ? 0 : 1;
        }

        return count;
    }

    /// <summary>Every shard's report of the run, in shard order.</summary>
    public async Task<IReadOnlyList<ShardReport>> ReadAsync(string runId, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {runId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows[row.RowKey] = row;
        }

        var reports = new List<ShardReport>();
        foreach (var head in rows.Keys.Where(k => !k.Contains('.', StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var text = new StringBuilder();
            var count = rows[head].GetInt32("Rows") ?? 1;
            for (var row = 0; row < count; row++)
            {
                var entity = rows[row == 0 ? head : string.Create(CultureInfo.InvariantCulture, $"{head}.{row}")];
                for (var i = 0; i < ChunksPerRow && entity.GetString(Part(i)) is { } part; i++)
                {
                    text.Append(part);
                }
            }

            reports.Add(JsonSerializer.Deserialize<ShardReport>(text.ToString(), Json)
                ?? throw new JsonException($"The report of shard {head} of run {runId} is empty."));
        }

        return reports;
    }

    /// <summary>
    /// Removes every run whose rows were last written before <paramref name="before"/>: the reports
    /// name owners' addresses, which are kept no longer than the follow-up needs them, and a run that
    /// never completed (a poisoned shard) would otherwise stay for good.
    /// </summary>
    /// <returns>The rows removed.</returns>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var old = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Timestamp lt {before}"), 1000, [nameof(TableEntity.PartitionKey), nameof(TableEntity.RowKey)], cancellationToken).ConfigureAwait(false))
        {
            old.Add(row);
        }

        // One entity-group transaction holds at most 100 rows of one partition.
        foreach (var batch in old.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(run => run.Chunk(100)))
        {
            await _table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken).ConfigureAwait(false);
        }

        return old.Count;
    }

    private static string HeadKey(int shard) => shard.ToString("D3", CultureInfo.InvariantCulture);

    private static string Part(int i) => string.Create(CultureInfo.InvariantCulture, $"P{i:D2}");

    private Task EnsureAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);
}
