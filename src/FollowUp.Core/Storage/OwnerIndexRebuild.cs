using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>What a rebuild did: rows written (every row the open commitments need) and stale rows removed.</summary>
public sealed record OwnerIndexRebuildReport(int Commitments, int Written, int Removed);

/// <summary>
/// <c>followup reindex</c>: rebuilds the owner index from the full read of the open commitments.
/// Idempotent, and safe beside live writes. It writes every needed row stamped with this run's
/// generation, then sweeps each bucket: a row without that stamp is either stale or written by the
/// store since the read began, so it is removed only if its commitment, read again, no longer needs
/// it, and only at the version of the row that was swept.
/// </summary>
public sealed class OwnerIndexRebuild(ICommitmentStore store, TableServiceClient service, IOptions<FollowUpOptions> options)
{
    /// <summary>The most operations of one entity-group transaction.</summary>
    private const int BatchSize = 100;

    private readonly OwnerIndexTable _index = new(service, options.Value.Storage);

    public async Task<OwnerIndexRebuildReport> RunAsync(CancellationToken cancellationToken = default)
    {
        await _index.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var generation = Guid.NewGuid().ToString("N");
        var pending = new Dictionary<string, List<TableTransactionAction>>(StringComparer.Ordinal);
        int commitments = 0, written = 0;
        await foreach (var commitment in store.QueryAsync(openOnly: true, cancellationToken).ConfigureAwait(false))
        {
            commitments++;
            foreach (var email in OwnerIndexTable.Owners(commitment))
            {
                var row = OwnerIndexTable.Row(email, commitment.Id, generation);
                if (!pending.TryGetValue(row.PartitionKey, out var batch))
                {
                    pending[row.PartitionKey] = batch = [];
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
                if (batch.Count == BatchSize)
                {
                    written += await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        foreach (var batch in pending.Values)
        {
            written += await FlushAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        var removed = 0;
        for (var bucket = 0; bucket < OwnerIndexKeys.Buckets; bucket++)
        {
            removed += await SweepAsync(OwnerIndexKeys.PartitionOf(bucket), generation, cancellationToken).ConfigureAwait(false);
        }

        return new OwnerIndexRebuildReport(commitments, written, removed);
    }

    private async Task<int> FlushAsync(List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        var count = batch.Count;
        if (count > 0)
        {
            await _index.Table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            batch.Clear();
        }

        return count;
    }

    private async Task<int> SweepAsync(string partition, string generation, CancellationToken cancellationToken)
    {
        var removed = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var row in _index.Table.QueryAsync<TableEntity>(filter, TableCommitmentStore.PageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString(OwnerIndexTable.GenerationProperty) == generation || await StillNeededAsync(row, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            await _index.DeleteIfUnchangedAsync(row, cancellationToken).ConfigureAwait(false);
            removed++;
        }

        return removed;
    }

    /// <summary>Whether the row's commitment is open and still lists the row's owner, read now.</summary>
    private async Task<bool> StillNeededAsync(TableEntity row, CancellationToken cancellationToken)
    {
        if (OwnerIndexKeys.Parse(row.RowKey) is not { } keys)
        {
            return false;
        }

        Commitment? commitment;
        try
        {
            commitment = await store.GetAsync(keys.CommitmentId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            // The full read passes over a row it cannot read, so the scan would not see it either.
            return false;
        }

        return commitment is not null
            && OwnerIndexTable.Owners(commitment).Any(email => OwnerIndexKeys.RowKeyFor(email, commitment.Id) == row.RowKey && OwnerIndexKeys.PartitionFor(email) == row.PartitionKey);
    }
}
