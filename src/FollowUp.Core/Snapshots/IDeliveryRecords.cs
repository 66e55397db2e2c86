namespace FollowUp.Core.Snapshots;

/// <summary>
/// The seam for delivery tracking: the counts a snapshot freezes for one commitment by the as-of
/// time, or <c>null</c> when nothing is recorded. <see cref="NoDeliveryRecords"/> stands in until
/// that store exists, so no figure is ever invented.
/// </summary>
public interface IDeliveryRecords
{
    Task<Func<string, SnapshotDelivery?>> ReadAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default);
}
