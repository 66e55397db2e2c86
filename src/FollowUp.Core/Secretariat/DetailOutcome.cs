namespace FollowUp.Core.Secretariat;

/// <summary>What <see cref="CommitmentDetail"/> found.</summary>
public abstract record DetailOutcome
{
    private DetailOutcome()
    {
    }

    /// <param name="Timeline">Updates, actions, imports and reminders, newest first.</param>
    public sealed record Found(CommitmentFacts Facts, IReadOnlyList<TimelineEntry> Timeline) : DetailOutcome;

    public sealed record NotFound : DetailOutcome;
}
