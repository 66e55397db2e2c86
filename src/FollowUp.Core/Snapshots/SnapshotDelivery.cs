namespace FollowUp.Core.Snapshots;

/// <summary>
/// What delivery tracking knows of a commitment's messages. Nothing records it yet (the
/// delivery-tracking issue builds the store), so every snapshot carries <c>null</c> and the report
/// says "not recorded"; <see cref="IDeliveryRecords"/> is where that store plugs in.
/// </summary>
public sealed record SnapshotDelivery(int Delivered, int Undeliverable, IReadOnlyList<string> UndeliverableAddresses);
