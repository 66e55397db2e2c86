namespace FollowUp.Core.Secretariat;

/// <summary>What <see cref="CommitmentListing"/> found: the rows that match, in order, with their count.</summary>
public abstract record ListOutcome
{
    private ListOutcome()
    {
    }

    /// <param name="Commitments">The rows in order: every match, or only the page <paramref name="Paging"/> names.</param>
    /// <param name="Total">How many rows match, whichever of them are held.</param>
    /// <param name="Paging">The page these rows are, or null when they are every match.</param>
    public sealed record Listed(CommitmentFilter Filter, DateTimeOffset At, IReadOnlyList<ListedCommitment> Commitments, int Total, ListPaging? Paging) : ListOutcome
    {
        /// <summary>Every match, unpaged.</summary>
        public Listed(CommitmentFilter filter, DateTimeOffset at, IReadOnlyList<ListedCommitment> commitments)
            : this(filter, at, commitments, commitments?.Count ?? 0, null)
        {
        }
    }
}
