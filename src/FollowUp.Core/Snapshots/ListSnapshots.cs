using FollowUp.Core.Storage;

namespace FollowUp.Core.Snapshots;

/// <summary><c>followup snapshot list</c> and the workspace's list: the complete snapshots (those with a header), newest first.</summary>
public sealed class ListSnapshots(ISnapshotStore store)
{
    public async Task<SnapshotListOutcome> RunAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var headers = new List<SnapshotHeader>();
            await foreach (var header in store.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                headers.Add(header);
            }

            return new SnapshotListOutcome.Listed([.. headers.OrderByDescending(h => h.AsOf).ThenByDescending(h => h.CreatedAt)]);
        }
        catch (Exception ex) when (StorageFailures.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            return new SnapshotListOutcome.StorageFailed(ex is Azure.RequestFailedException failed
                ? $"Table Storage answered {failed.Status} {failed.ErrorCode}"
                : "Table Storage could not be reached");
        }
    }
}
