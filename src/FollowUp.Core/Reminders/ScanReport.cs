using FollowUp.Core.Delivery;

namespace FollowUp.Core.Reminders;

/// <summary>What one reminder scan found and did.</summary>
/// <param name="Scanned">Open commitments read.</param>
/// <param name="DueItems">Digest nudges owed now and not yet in the ledger, before digests were claimed.</param>
/// <param name="SkippedAddresses">Addresses passed over because a step failed unexpectedly; the run is then not a success.</param>
/// <param name="Undeliverable">Owner addresses marked undeliverable by SendGrid's events: sent nothing, their nudges still owed, the secretariat told.</param>
public sealed record ScanReport(
    string RunId,
    DateTimeOffset AsOf,
    bool DryRun,
    int Scanned,
    int DueItems,
    IReadOnlyList<DigestOutcome> Digests,
    IReadOnlyList<EscalationOutcome> Escalations,
    IReadOnlyList<SkippedAddress> SkippedAddresses,
    IReadOnlyList<ContactHealth> Undeliverable,
    TimeSpan Duration)
{
    /// <summary>Digests sent (escalations are counted apart, in <see cref="EscalationsSent"/>).</summary>
    public int Sent => Digests.Count(d => d.Delivery == DigestDelivery.Sent);

    /// <summary>Digests and escalations that failed: they are released, and the next run tries again.</summary>
    public int Failed => Count(DigestDelivery.Failed);

    /// <summary>Digests whose day was already taken by another run, or by a row that cannot be read.</summary>
    public int Skipped => Digests.Count(d => d.Delivery == DigestDelivery.Skipped);

    /// <summary>Digests and escalations whose fate is unknown: kept claimed, never resent.</summary>
    public int Unknown => Count(DigestDelivery.Unknown);

    public int EscalationsSent => Escalations.Count(e => e.Delivery == DigestDelivery.Sent);

    /// <summary>Something an operator should look at: a failure, an unknown outcome or a skipped address.</summary>
    public bool NeedsAttention => Failed > 0 || Unknown > 0 || SkippedAddresses.Count > 0;

    private int Count(DigestDelivery delivery) =>
        Digests.Count(d => d.Delivery == delivery) + Escalations.Count(e => e.Delivery == delivery);
}
