namespace FollowUp.Core.Snapshots;

/// <summary>
/// What delivery tracking knew of a commitment at the as-of time, from the send ledger's delivery
/// states and contact health (<see cref="IDeliveryRecords"/>).
/// </summary>
/// <param name="Delivered">Digests that carried this commitment and that SendGrid reports delivered.</param>
/// <param name="Undeliverable">Digests that carried it and that bounced, were dropped or were reported as spam.</param>
/// <param name="UndeliverableAddresses">Its owners' addresses that contact health marked undeliverable by the as-of time, canonical, in owner order.</param>
public sealed record SnapshotDelivery(int Delivered, int Undeliverable, IReadOnlyList<string> UndeliverableAddresses);
