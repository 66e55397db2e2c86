namespace FollowUp.Core.Commitments;

/// <summary>
/// One line of a commitment's append-only history: who reported what, and the change it made.
/// </summary>
/// <param name="By">
/// The owner's address, <see cref="ByImport"/> for a line an import wrote, or the signed-in person
/// for a secretariat's action (<see cref="ProgressSource.Secretariat"/>).
/// </param>
/// <param name="Source">Where the line came from; lines stored before it was recorded are an owner's.</param>
/// <param name="Reason">Why the secretariat acted; an owner's or an import's line has none.</param>
/// <param name="OldDueDate">The due date before a secretariat moved it, with <paramref name="NewDueDate"/>.</param>
public sealed record ProgressEntry(
    DateTimeOffset At,
    string By,
    CommitmentStatus OldStatus,
    CommitmentStatus NewStatus,
    int OldProgress,
    int NewProgress,
    string? Note,
    DateOnly? ExpectedCompletion = null,
    ProgressSource Source = ProgressSource.Owner,
    string? Reason = null,
    DateOnly? OldDueDate = null,
    DateOnly? NewDueDate = null)
{
    /// <summary>
    /// <see cref="By"/> of a line an import wrote. It holds no '@', so it can never be an owner's
    /// address, and nothing that matches owners by address can mistake it for one.
    /// </summary>
    public const string ByImport = "secretariat (import)";
}
