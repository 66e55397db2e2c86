using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

/// <summary>What an import did with one row.</summary>
/// <param name="Kept">Set when an owner's report was kept over the file's status and progress.</param>
/// <param name="StatusChange">The history line written when the import set status or progress.</param>
public sealed record ImportedCommitment(string Id, ImportOutcome Outcome, KeptReport? Kept = null, ProgressEntry? StatusChange = null);
