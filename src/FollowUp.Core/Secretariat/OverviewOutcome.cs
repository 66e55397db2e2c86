namespace FollowUp.Core.Secretariat;

/// <summary>What <see cref="WorkspaceOverview"/> found.</summary>
public abstract record OverviewOutcome
{
    private OverviewOutcome()
    {
    }

    public sealed record Shown(OverviewCounts Counts) : OverviewOutcome;
}
