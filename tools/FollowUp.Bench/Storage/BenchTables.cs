using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Bench.Storage;

/// <summary>
/// The tables of one benchmark run: <c>{configured prefix}Bench{run id}</c>, named after the
/// configured prefix so that whoever owns that prefix (a test, a developer) sees them. Real data is
/// never read or written.
/// </summary>
public sealed class BenchTables(TableServiceClient service, IOptions<FollowUpOptions> options)
{
    /// <summary>Leaves room for "Bench" and the 8-digit run id within the 41 characters a prefix may have.</summary>
    private const int MaxConfiguredLength = 28;

    private readonly StorageOptions _storage = options.Value.Storage;

    public string Prefix => _storage.TablePrefix;

    /// <summary>The settings FollowUp runs on in this benchmark, with the run's prefix: the tables' names.</summary>
    public StorageOptions Storage => _storage;

    public TableClient Commitments => service.GetTableClient(_storage.CommitmentsTable);

    public static string NewRunId() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Whether <paramref name="id"/> can name a run: 8 lower-case hex digits, as <see cref="NewRunId"/> makes.</summary>
    public static bool IsRunId(string id) => id is { Length: 8 } && id.All(char.IsAsciiHexDigitLower);

    public static string PrefixFor(string? configured, string run)
    {
        var prefix = configured ?? "FollowUp";
        return prefix[..Math.Min(prefix.Length, MaxConfiguredLength)] + "Bench" + run;
    }

    /// <summary>Whether the run's commitments table exists, as <c>--reuse</c> needs.</summary>
    public async Task<bool> CommitmentsExistAsync(CancellationToken cancellationToken)
    {
        var filter = TableServiceClient.CreateQueryFilter($"TableName eq {_storage.CommitmentsTable}");
        await foreach (var _ in service.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return false;
    }

    /// <summary>Deletes every row of one table of the run, keeping the table.</summary>
    public async Task EmptyAsync(string tableName, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        // A transaction stays within one partition and holds at most 100 operations.
        foreach (var batch in rows.GroupBy(r => r.PartitionKey).SelectMany(p => p.Chunk(100)))
        {
            await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteAllAsync(CancellationToken cancellationToken)
    {
        var filter = TableServiceClient.CreateQueryFilter($"TableName ge {Prefix} and TableName lt {Prefix + "~"}");
        await foreach (var table in service.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await service.DeleteTableAsync(table.Name, cancellationToken).ConfigureAwait(false);
        }
    }
}
