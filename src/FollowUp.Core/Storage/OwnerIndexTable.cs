using System.Net;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;

namespace FollowUp.Core.Storage;

/// <summary>
/// Keeps <c>{prefix}OwnerIndex</c> beside each commitment write: one row per (owner address, open
/// commitment). It is another table, so it cannot share the commitment's transaction; instead a
/// write adds the new owners' rows <em>before</em> the commitment and removes the old owners' rows
/// <em>after</em> it. A crash in between leaves only extra rows, never a missing one, and readers
/// treat every row as a hint and re-read the commitment. Closed commitments have no rows: the index
/// holds what the scan reads (<c>IsOpen eq true</c>), so it does not grow with the archive.
/// </summary>
internal sealed class OwnerIndexTable(TableServiceClient service, StorageOptions storage)
{
    public const string CommitmentIdProperty = "CommitmentId";

    /// <summary>The rebuild that last wrote the row; rows the store writes carry none.</summary>
    public const string GenerationProperty = "Generation";

    private readonly TableInitializer _initializer = new(storage);

    public TableClient Table { get; } = service.GetTableClient(storage.OwnerIndexTable);

    /// <summary>The rows <paramref name="next"/> needs, written now; the rows it no longer needs, read now and deleted by <see cref="CompleteAsync"/>.</summary>
    public async Task<IReadOnlyList<TableEntity>> PrepareAsync(Commitment? previous, Commitment next, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var wanted = Owners(next);
        foreach (var email in wanted)
        {
            await Table.UpsertEntityAsync(Row(email, next.Id), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        // Read before the commitment is written, so that the delete can be conditional on this
        // version of the row: a later write that adds the owner back rewrites the row, and then
        // this delete fails on the ETag instead of removing a row the newer commitment needs.
        var removed = new List<TableEntity>();
        foreach (var email in previous is null ? [] : Owners(previous).Except(wanted, EmailAddresses.Comparer))
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(
                OwnerIndexKeys.PartitionFor(email), OwnerIndexKeys.RowKeyFor(email, next.Id), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (row.HasValue)
            {
                removed.Add(row.Value!);
            }
        }

        return removed;
    }

    public async Task CompleteAsync(IReadOnlyList<TableEntity> removed, CancellationToken cancellationToken)
    {
        foreach (var row in removed)
        {
            await DeleteIfUnchangedAsync(row, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteIfUnchangedAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(row, row.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            // Gone already, or rewritten by a newer write that wants it: either way not ours to delete.
        }
    }

    public static TableEntity Row(string email, string commitmentId, string? generation = null)
    {
        var row = new TableEntity(OwnerIndexKeys.PartitionFor(email), OwnerIndexKeys.RowKeyFor(email, commitmentId))
        {
            [CommitmentIdProperty] = commitmentId,
        };
        if (generation is not null)
        {
            row[GenerationProperty] = generation;
        }

        return row;
    }

    /// <summary>The owner addresses the index lists for a commitment: every owner of an open one, none of a closed one.</summary>
    public static IReadOnlyList<string> Owners(Commitment commitment) =>
        commitment.IsOpen ? [.. commitment.Owners.Select(o => o.Email).Distinct(EmailAddresses.Comparer)] : [];

    public Task EnsureAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => Table.CreateIfNotExistsAsync(ct), cancellationToken);
}
