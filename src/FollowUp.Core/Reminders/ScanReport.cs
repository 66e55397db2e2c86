namespace FollowUp.Core.Reminders;

/// <summary>What one reminder scan found and did.</summary>
/// <param name="Scanned">Open commitments read.</param>
/// <param name="DueItems">Nudges owed now and not yet in the ledger, before digests were claimed.</param>
public sealed record ScanReport(
    string RunId,
    DateTimeOffset AsOf,
    bool DryRun,
    int Scanned,
    int DueItems,
    IReadOnlyList<DigestOutcome> Digests,
    TimeSpan Duration)
{
    public int Sent => Digests.Count(d => d.Delivery == DigestDelivery.Sent);

    public int Failed => Digests.Count(d => d.Delivery == DigestDelivery.Failed);

    public int Skipped => Digests.Count(d => d.Delivery == DigestDelivery.Skipped);
}
