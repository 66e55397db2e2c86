using FollowUp.Core.Delivery;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Queues;

/// <summary>What a queueing run planned and did: the digests it queued, and what it settled itself.</summary>
/// <param name="Queued">Digests put on the delivery queue; the workers' outcomes are theirs to report.</param>
/// <param name="Digests">Digests the run settled itself: day already taken (skipped), or too large for a queue message and delivered here.</param>
/// <param name="Escalations">Escalation messages, delivered by the run itself: one per copied address, a handful a day.</param>
/// <param name="Undeliverable">Owner addresses SendGrid marked undeliverable: nothing queued for them, their nudges still owed, the escalation names them.</param>
public sealed record PlanReport(
    string RunId,
    DateTimeOffset AsOf,
    int Scanned,
    int DueItems,
    int Queued,
    IReadOnlyList<DigestOutcome> Digests,
    IReadOnlyList<EscalationOutcome> Escalations,
    IReadOnlyList<SkippedAddress> SkippedAddresses,
    IReadOnlyList<ContactHealth> Undeliverable,
    TimeSpan Duration);
