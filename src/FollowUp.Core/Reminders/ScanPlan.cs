using FollowUp.Core.Delivery;

namespace FollowUp.Core.Reminders;

/// <summary>
/// What a scan will send, each message with what the ledger held for its address, the addresses it
/// had to pass over, and the owner addresses it will not send to because SendGrid marked them undeliverable.
/// </summary>
/// <param name="Held">Each undeliverable owner with the nudges it is owed and not sent: what the schedule shows as held.</param>
internal sealed record ScanPlan(
    int Scanned,
    int DueItems,
    IReadOnlyList<(Digest Digest, OwnerLedger Read)> Digests,
    IReadOnlyList<(Escalation Escalation, OwnerLedger Read)> Escalations,
    List<SkippedAddress> Skipped,
    IReadOnlyList<ContactHealth> Undeliverable,
    IReadOnlyList<(ContactHealth Contact, IReadOnlyList<ReminderCandidate> Owed)> Held);
