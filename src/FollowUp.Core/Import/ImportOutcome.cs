namespace FollowUp.Core.Import;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
}
