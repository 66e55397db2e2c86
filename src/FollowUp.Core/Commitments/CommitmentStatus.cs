namespace FollowUp.Core.Commitments;

public enum CommitmentStatus
{
    NotStarted,
    InProgress,
    Blocked,
    Completed,
    Cancelled,
}
