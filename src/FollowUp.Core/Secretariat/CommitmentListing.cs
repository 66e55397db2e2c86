using FollowUp.Core.Delivery;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// The commitments list: one streamed pass over the current rows, filtered as it goes, and the
/// ledger's digest counts and every contact's health read beside it (at the same time), once each.
/// Only the rows up to the end of the page asked for are held, in a bounded window; every match is
/// counted.
/// </summary>
public sealed class CommitmentListing(ICommitmentStore store, ISentReminders reminders, IContactHealthStore health, CommitmentAssessor assessor, TimeProvider time)
{
    /// <param name="paging">The one page wanted, or null for every match (the downloads and the whole JSON list).</param>
    public async Task<ListOutcome> ListAsync(CommitmentFilter filter, ListPaging? paging = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = time.GetUtcNow();
        var counts = reminders.CountDigestsAsync(cancellationToken);
        var book = ContactBook.ReadAsync(health, cancellationToken);
        var keep = paging is null ? int.MaxValue : (int)Math.Min(paging.Skip + paging.PageSize, int.MaxValue);
        var window = new OrderedWindow<CommitmentFacts>(keep, ListOrder.For(filter));
        ContactBook? contacts = null;
        await foreach (var commitment in store.QuerySummariesAsync(cancellationToken).ConfigureAwait(false))
        {
            contacts ??= await book.ConfigureAwait(false);
            var facts = assessor.Assess(commitment, now, contacts);
            if (filter.Matches(facts))
            {
                window.Add(facts);
            }
        }

        await book.ConfigureAwait(false);
        var sent = await counts.ConfigureAwait(false);
        var kept = window.InOrder();
        var rows = paging is null ? kept : kept.Skip((int)Math.Min(paging.Skip, kept.Count));
        return new ListOutcome.Listed(filter, now, [.. rows.Select(f => new ListedCommitment(f, sent.GetValueOrDefault(f.Commitment.Id)))], window.Seen, paging);
    }
}
