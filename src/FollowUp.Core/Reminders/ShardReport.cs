using FollowUp.Core.Delivery;

namespace FollowUp.Core.Reminders;

/// <summary>
/// What one shard of a run leaves for the run's escalation step: its escalated candidates and the
/// owner addresses it found undeliverable (the escalation names them), with its counts for the record.
/// </summary>
public sealed record ShardReport(
    int Shard,
    int Of,
    int Scanned,
    int Due,
    IReadOnlyList<EscalatedNudge> Escalated,
    IReadOnlyList<ContactHealth> Undeliverable);
