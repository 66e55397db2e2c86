using FollowUp.Core.Delivery;

namespace FollowUp.Core.Reminders;

/// <summary>What planning the owners of one read found: of the full read, or of one shard, added together.</summary>
internal sealed class OwnerPlans
{
    public int Due { get; set; }

    public List<(Digest Digest, OwnerLedger Read)> Digests { get; } = [];

    public List<SkippedAddress> Skipped { get; } = [];

    public Dictionary<string, ContactHealth> Undeliverable { get; } = new(Commitments.EmailAddresses.Comparer);

    public List<(ContactHealth Contact, IReadOnlyList<ReminderCandidate> Owed)> Held { get; } = [];

    /// <summary>Adds another shard's owners; shards share no owner, so nothing is counted twice.</summary>
    public void Add(OwnerPlans other)
    {
        Due += other.Due;
        Digests.AddRange(other.Digests);
        Skipped.AddRange(other.Skipped);
        Held.AddRange(other.Held);
        foreach (var (owner, contact) in other.Undeliverable)
        {
            Undeliverable[owner] = contact;
        }
    }

    public ScanPlan ToPlan(int scanned, IReadOnlyList<(Escalation, OwnerLedger)> escalations) =>
        new(scanned, Due, Digests, escalations, Skipped, [.. Undeliverable.Values], Held);
}
