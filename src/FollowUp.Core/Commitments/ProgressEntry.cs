namespace FollowUp.Core.Commitments;

/// <summary>
/// One line of a commitment's append-only history: who reported what, and the change it made.
/// </summary>
/// <param name="By">The owner's address, or <see cref="ByImport"/> for a line an import wrote.</param>
/// <param name="Source">Where the line came from; lines stored before it was recorded are an owner's.</param>
public sealed record ProgressEntry(
    DateTimeOffset At,
    string By,
    CommitmentStatus OldStatus,
    CommitmentStatus NewStatus,
    int OldProgress,
    int NewProgress,
    string? Note,
    DateOnly? ExpectedCompletion = null,
    ProgressSource Source = ProgressSource.Owner)
{
    /// <summary>
    /// <see cref="By"/> of a line an import wrote. It holds no '@', so it can never be an owner's
    /// address, and nothing that matches owners by address can mistake it for one.
    /// </summary>
    public const string ByImport = "secretariat (import)";
}
