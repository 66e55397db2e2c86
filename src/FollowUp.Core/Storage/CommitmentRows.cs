using Azure.Data.Tables;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Storage;

/// <summary>
/// The rows <see cref="TableCommitmentStore"/> writes for a commitment and its history, built by the
/// store's own mapping, for tools that load many commitments in entity-group transactions (the
/// benchmarks' seeders). All the rows of one commitment share its partition.
/// </summary>
public static class CommitmentRows
{
    /// <summary>The current row, as <see cref="TableCommitmentStore.AddAsync"/> writes it (a fresh write id included).</summary>
    public static ITableEntity Current(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return TableCommitmentStore.WithWriteId(CommitmentMapping.ToEntity(commitment));
    }

    /// <summary>One history row, as <see cref="TableCommitmentStore.ReplaceAsync"/> writes it beside an update.</summary>
    public static ITableEntity History(string commitmentId, ProgressEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return CommitmentMapping.ToEntity(commitmentId, entry);
    }
}
