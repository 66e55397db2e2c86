using FollowUp.Core.Commitments;

namespace FollowUp.Core.Snapshots;

/// <summary>
/// One commitment's state at a snapshot's as-of time: one row of the snapshot, serialised by
/// <see cref="SnapshotRowJson"/>, and hashed in that form.
/// </summary>
/// <param name="DaysOverdue">How many days past its due date in the owner's zone that is furthest ahead; 0 when not overdue.</param>
/// <param name="CompletedAt">When the history shows it became Completed; <c>null</c> when no line says (imported as completed).</param>
/// <param name="Notes">Owners' notes, newest first, at most <see cref="MaxNotes"/>.</param>
/// <param name="EarlierNotes">Owners' notes older than those kept.</param>
/// <param name="Delivery">Delivery tracking's counts; <c>null</c> while nothing records them.</param>
public sealed record SnapshotCommitment(
    string Id,
    string Commission,
    string Title,
    string Sector,
    DateOnly DueDate,
    CommitmentStatus Status,
    int Progress,
    bool IsOverdue,
    int DaysOverdue,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<SnapshotOwner> Owners,
    LastUpdate? LastUpdate,
    IReadOnlyList<SnapshotNote> Notes,
    int EarlierNotes,
    IReadOnlyList<DueDateMove> DueDateMoves,
    SnapshotDelivery? Delivery)
{
    /// <summary>Keeps a row far below Table Storage's 1 MiB entity limit: 20 notes of 2,000 characters are 80 KB of UTF-16.</summary>
    public const int MaxNotes = 20;

    public bool IsOpen => Status is not (CommitmentStatus.Completed or CommitmentStatus.Cancelled);

    /// <summary>The owners' countries, each once, in owner order; empty when none is known.</summary>
    public IReadOnlyList<string> Countries =>
        [.. Owners.Select(o => o.Country).OfType<string>().Distinct(StringComparer.Ordinal)];
}
