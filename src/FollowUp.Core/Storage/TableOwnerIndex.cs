using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Reads a shard as one partition query per bucket. An address's rows are contiguous in its
/// bucket (they share the row-key prefix), so an owner is complete as soon as the next one starts,
/// and only one owner's ids are held at a time.
/// </summary>
public sealed class TableOwnerIndex(TableServiceClient service, IOptions<FollowUpOptions> options) : IOwnerIndex
{
    private readonly OwnerIndexTable _index = new(service, options.Value.Storage);

    public async IAsyncEnumerable<IndexedOwner> ReadAsync(OwnerIndexShard shard, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _index.EnsureAsync(cancellationToken).ConfigureAwait(false);
        for (var bucket = shard.FirstBucket; bucket < shard.EndBucket; bucket++)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OwnerIndexKeys.PartitionOf(bucket)}");
            string? owner = null;
            var ids = new List<string>();
            await foreach (var row in _index.Table.QueryAsync<TableEntity>(filter, TableCommitmentStore.PageSize, [nameof(TableEntity.RowKey)], cancellationToken).ConfigureAwait(false))
            {
                if (OwnerIndexKeys.Parse(row.RowKey) is not { } keys)
                {
                    continue;
                }

                if (owner is not null && !string.Equals(owner, keys.OwnerKey, StringComparison.Ordinal))
                {
                    yield return new IndexedOwner(owner, ids);
                    ids = [];
                }

                owner = keys.OwnerKey;
                ids.Add(keys.CommitmentId);
            }

            if (owner is not null)
            {
                yield return new IndexedOwner(owner, ids);
            }
        }
    }
}
