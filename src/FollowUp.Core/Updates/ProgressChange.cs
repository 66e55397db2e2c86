using FollowUp.Core.Commitments;

namespace FollowUp.Core.Updates;

/// <summary>A valid update: the status and progress to record, the note, and the version it was made against.</summary>
internal sealed record ProgressChange(CommitmentStatus Status, int Progress, string? Note, DateOnly? ExpectedCompletion, string Version);
