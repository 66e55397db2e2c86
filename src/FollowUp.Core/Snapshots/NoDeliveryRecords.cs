using FollowUp.Core.Commitments;

namespace FollowUp.Core.Snapshots;

/// <summary>For a host without delivery tracking: every commitment's delivery counts are unknown, never invented.</summary>
public sealed class NoDeliveryRecords : IDeliveryRecords
{
    public Task<Func<Commitment, SnapshotDelivery?>> ReadAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult<Func<Commitment, SnapshotDelivery?>>(_ => null);
}
