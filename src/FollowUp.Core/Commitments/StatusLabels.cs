namespace FollowUp.Core.Commitments;

/// <summary>Statuses and roles in the words people read, the same in emails and on the update page.</summary>
public static class StatusLabels
{
    public static string For(CommitmentStatus status) => status switch
    {
        CommitmentStatus.NotStarted => "Not started",
        CommitmentStatus.InProgress => "In progress",
        CommitmentStatus.Blocked => "Blocked",
        CommitmentStatus.Completed => "Completed",
        CommitmentStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string For(OwnerRole role) => role == OwnerRole.Lead ? "lead" : "counterpart";
}
