using FollowUp.Core.Commitments;

namespace FollowUp.Core.Snapshots;

/// <summary>
/// What delivery tracking knew of each commitment's messages and its owners' addresses at the as-of
/// time: read once per snapshot, then asked for each commitment.
/// </summary>
public interface IDeliveryRecords
{
    Task<Func<Commitment, SnapshotDelivery?>> ReadAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default);
}
