namespace FollowUp.Core.Secretariat;

/// <summary>
/// The list's order as one comparer: the filter's sort key (a missing value first when ascending),
/// reversed when descending, then the commitment id ascending whatever the direction. The id makes
/// it total, so a page taken from a bounded window is the same page the whole sorted list gives.
/// </summary>
internal static class ListOrder
{
    public static IComparer<CommitmentFacts> For(CommitmentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var key = Key(filter.Sort);
        var direction = filter.Descending ? -1 : 1;
        return Comparer<CommitmentFacts>.Create((a, b) =>
        {
            var byKey = Compare(key(a), key(b)) * direction;
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Commitment.Id, b.Commitment.Id);
        });
    }

    private static Func<CommitmentFacts, IComparable?> Key(CommitmentSort sort) => sort switch
    {
        CommitmentSort.Title => f => f.Commitment.Title,
        CommitmentSort.Status => f => f.Commitment.Status,
        CommitmentSort.Progress => f => f.Commitment.Progress,
        CommitmentSort.DaysOverdue => f => f.DaysOverdue,
        CommitmentSort.LastUpdate => f => f.Commitment.LastUpdate?.At,
        CommitmentSort.Commission => f => f.Commitment.Commission,
        CommitmentSort.Id => f => f.Commitment.Id,
        _ => f => f.Commitment.DueDate,
    };

    private static int Compare(IComparable? a, IComparable? b) =>
        a is null ? (b is null ? 0 : -1) : b is null ? 1 : Math.Sign(a.CompareTo(b));
}
