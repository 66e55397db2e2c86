namespace FollowUp.Core.Snapshots;

/// <summary>Delivery tracking is not built yet: every commitment's delivery counts are unknown.</summary>
public sealed class NoDeliveryRecords : IDeliveryRecords
{
    public Task<Func<string, SnapshotDelivery?>> ReadAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult<Func<string, SnapshotDelivery?>>(_ => null);
}
