namespace FollowUp.Core.Secretariat;

/// <summary>What the commitments list is ordered by; ties fall back to the id, so every order is stable.</summary>
public enum CommitmentSort
{
    Due,
    Title,
    Status,
    Progress,
    DaysOverdue,
    LastUpdate,
    Commission,
    Id,
}
