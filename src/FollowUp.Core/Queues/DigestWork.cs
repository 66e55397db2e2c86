using FollowUp.Core.Reminders;

namespace FollowUp.Core.Queues;

/// <summary>
/// One digest as the planning run queues it: its owner, local day and nudges, and the versions of the
/// owner's ledger rows the run read, which the worker's claim must still find. It carries no link,
/// no title and no note: the worker signs the links and reads the commitments itself, so a message
/// stays small and nothing in the queue is a credential.
/// </summary>
/// <param name="EnqueuedAt">When the run queued it (the clock's time, not the scan's as-of): the worker drops a message older than <see cref="MaxAge"/>.</param>
/// <param name="DayVersion">The version of the owner's row for <paramref name="LocalDate"/> the run read; null when there was none.</param>
/// <param name="HeadVersion">The version of the owner's claim head the run read; null when none existed.</param>
public sealed record DigestWork(
    string RunId,
    DateTimeOffset EnqueuedAt,
    string To,
    string Ministry,
    string TimeZone,
    DateOnly LocalDate,
    string? DayVersion,
    string? HeadVersion,
    IReadOnlyList<DigestWorkItem> Items)
{
    /// <summary>
    /// A message waiting longer than this (a backlog, an outage) is dropped unclaimed: its nudges are
    /// still unrecorded, so the next scan plans them afresh for the owner's current day.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);

    public static DigestWork From(Digest digest, OwnerLedger read, string runId, DateTimeOffset enqueuedAt)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(read);
        return new(
            runId,
            enqueuedAt,
            digest.To,
            digest.Ministry,
            digest.TimeZone,
            digest.LocalDate,
            read.Day?.Version,
            read.Head,
            [.. digest.Items.Select(i => new DigestWorkItem(i.Commitment.Id, i.Stage, i.StageDate, i.OverdueReminder, i.Escalated))]);
    }

    /// <summary>What the claim must find: the rows as the planning run read them (a day row it read is never taken, or nothing was queued).</summary>
    internal OwnerLedger Read => new(
        new HashSet<ReminderKey>(),
        DayVersion is null ? null : new LedgerDay(Taken: false, DayVersion),
        HeadVersion);
}
