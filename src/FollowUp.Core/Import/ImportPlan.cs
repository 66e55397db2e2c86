using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

/// <summary>
/// What writing one row means: the commitment to store, the history line that goes with it when the
/// import sets status or progress, and the owner's report kept over the file, if one was.
/// </summary>
public sealed record ImportPlan(Commitment Merged, ProgressEntry? History, KeptReport? Kept);
