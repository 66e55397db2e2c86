using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Snapshots;

/// <summary>
/// <c>followup snapshot create</c> and the workspace's "freeze now": every commitment's state as of
/// an instant (now by default), written once under a name that no snapshot holds.
/// </summary>
public sealed class CreateSnapshot(SnapshotCollector collector, ISnapshotStore store, TimeProvider time)
{
    public static bool IsValidName(string? name) => CommitmentValidator.IsSlug(name);

    public async Task<SnapshotCreateOutcome> RunAsync(string name, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name))
        {
            return new SnapshotCreateOutcome.InvalidName(name);
        }

        var now = time.GetUtcNow();
        var instant = (asOf ?? now).ToUniversalTime();
        if (instant > now)
        {
            return new SnapshotCreateOutcome.AsOfInFuture(instant, now);
        }

        try
        {
            if (await store.FindAsync(name, cancellationToken).ConfigureAwait(false) is not null)
            {
                return new SnapshotCreateOutcome.NameTaken(name);
            }

            var rows = await collector.CollectAsync(instant, cancellationToken).ConfigureAwait(false);
            var header = new SnapshotHeader(name, instant, now, rows.Count, SnapshotHash.Of(rows), Reconstructed: instant < now);
            return await store.CreateAsync(header, rows, cancellationToken).ConfigureAwait(false) switch
            {
                SnapshotWrite.Written written => new SnapshotCreateOutcome.Created(written.Header),
                SnapshotWrite.NameTaken taken => new SnapshotCreateOutcome.NameTaken(taken.Name),
                var other => throw new InvalidOperationException($"Unexpected snapshot write {other.GetType().Name}."),
            };
        }
        catch (Exception ex) when (StorageFailures.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            return new SnapshotCreateOutcome.StorageFailed(ex is Azure.RequestFailedException failed
                ? $"Table Storage answered {failed.Status} {failed.ErrorCode}"
                : "Table Storage could not be reached");
        }
    }
}
