namespace FollowUp.Core.Commitments;

public enum OwnerRole
{
    Lead,
    Counterpart,
}
