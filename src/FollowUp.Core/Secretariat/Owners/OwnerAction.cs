namespace FollowUp.Core.Secretariat.Owners;

/// <summary>An Admin's action on one ministry as sent: the commitment it concerns (for a fresh link) and the reason.</summary>
/// <param name="By">The signed-in person, recorded in the history line.</param>
public sealed record OwnerAction(string? CommitmentId, string? Reason, string By)
{
    public const string CommitmentField = "commitment";
    public const string ReasonField = "reason";
}
