namespace FollowUp.Core.Secretariat;

/// <summary>What <see cref="CommitmentListing"/> found: the rows that match, in order, with their count.</summary>
public abstract record ListOutcome
{
    private ListOutcome()
    {
    }

    public sealed record Listed(CommitmentFilter Filter, DateTimeOffset At, IReadOnlyList<ListedCommitment> Commitments) : ListOutcome
    {
        public int Total => Commitments.Count;
    }
}
