using FollowUp.Core.Delivery;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// The commitments list: one streamed pass over the current rows, filtered as it goes, and the
/// ledger's digest counts and every contact's health read beside it (at the same time), once each.
/// Only the matching rows are held, for sorting.
/// </summary>
public sealed class CommitmentListing(ICommitmentStore store, ISentReminders reminders, IContactHealthStore health, CommitmentAssessor assessor, TimeProvider time)
{
    public async Task<ListOutcome> ListAsync(CommitmentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = time.GetUtcNow();
        var counts = reminders.CountDigestsAsync(cancellationToken);
        var book = ContactBook.ReadAsync(health, cancellationToken);
        var matching = new List<CommitmentFacts>();
        ContactBook? contacts = null;
        await foreach (var commitment in store.QuerySummariesAsync(cancellationToken).ConfigureAwait(false))
        {
            contacts ??= await book.ConfigureAwait(false);
            var facts = assessor.Assess(commitment, now, contacts);
            if (filter.Matches(facts))
            {
                matching.Add(facts);
            }
        }

        await book.ConfigureAwait(false);
        var sent = await counts.ConfigureAwait(false);
        var rows = matching.Select(f => new ListedCommitment(f, sent.GetValueOrDefault(f.Commitment.Id)));
        return new ListOutcome.Listed(filter, now, [.. Order(rows, filter)]);
    }

    private static IEnumerable<ListedCommitment> Order(IEnumerable<ListedCommitment> rows, CommitmentFilter filter)
    {
        Func<ListedCommitment, IComparable?> key = filter.Sort switch
        {
            CommitmentSort.Title => r => r.Facts.Commitment.Title,
            CommitmentSort.Status => r => r.Facts.Commitment.Status,
            CommitmentSort.Progress => r => r.Facts.Commitment.Progress,
            CommitmentSort.DaysOverdue => r => r.Facts.DaysOverdue,
            CommitmentSort.LastUpdate => r => r.Facts.Commitment.LastUpdate?.At,
            CommitmentSort.Commission => r => r.Facts.Commitment.Commission,
            CommitmentSort.Id => r => r.Facts.Commitment.Id,
            _ => r => r.Facts.Commitment.DueDate,
        };
        var comparer = Comparer<IComparable?>.Create((a, b) => a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.CompareTo(b));
        var ordered = filter.Descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
        return ordered.ThenBy(r => r.Facts.Commitment.Id, StringComparer.Ordinal);
    }
}
