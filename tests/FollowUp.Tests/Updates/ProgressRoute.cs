namespace FollowUp.Tests.Updates;

/// <summary>Which of the owner's routes a test request goes to.</summary>
public enum ProgressRoute
{
    Progress,
    FreshLink,
}
