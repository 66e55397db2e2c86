namespace FollowUp.Core.Commitments;

/// <summary>
/// One line of a commitment's append-only history: who reported what, and the change it made.
/// </summary>
public sealed record ProgressEntry(
    DateTimeOffset At,
    string By,
    CommitmentStatus OldStatus,
    CommitmentStatus NewStatus,
    int OldProgress,
    int NewProgress,
    string? Note,
    DateOnly? ExpectedCompletion = null);
