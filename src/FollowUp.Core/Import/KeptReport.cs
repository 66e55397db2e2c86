using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

/// <summary>
/// A row whose status and progress an import set aside, because an owner reported after the
/// secretariat last set them: what the file said, and the report that stood.
/// </summary>
public sealed record KeptReport(CommitmentStatus FileStatus, int FileProgress, CommitmentStatus KeptStatus, int KeptProgress, LastUpdate Report);
