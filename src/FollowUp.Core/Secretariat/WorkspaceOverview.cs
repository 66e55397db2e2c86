using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat;

/// <summary>The overview's counts, in one streamed pass over the commitments' current rows and one read of contact health beside it.</summary>
public sealed class WorkspaceOverview(ICommitmentStore store, IContactHealthStore health, CommitmentAssessor assessor, TimeProvider time)
{
    public static readonly IReadOnlyList<int> DueWindows = [30, 60, 90];

    public async Task<OverviewOutcome> ShowAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var byStatus = Enum.GetValues<CommitmentStatus>().ToDictionary(s => s, _ => 0);
        var byCountry = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int total = 0, young = 0, middle = 0, old = 0, escalated = 0;
        var dueSoon = new int[DueWindows.Count];
        var silentOwners = new HashSet<string>(EmailAddresses.Comparer);
        var undeliverable = new HashSet<string>(EmailAddresses.Comparer);
        var book = ContactBook.ReadAsync(health, cancellationToken);
        ContactBook? contacts = null;
        await foreach (var commitment in store.QuerySummariesAsync(cancellationToken).ConfigureAwait(false))
        {
            // The contact book is read while the first page of commitments is on its way.
            contacts ??= await book.ConfigureAwait(false);
            var facts = assessor.Assess(commitment, now, contacts);
            total++;
            byStatus[commitment.Status]++;
            foreach (var country in commitment.Owners.Select(o => o.Country ?? "").Distinct(StringComparer.Ordinal))
            {
                byCountry[country] = byCountry.GetValueOrDefault(country) + 1;
            }

            if (facts.IsOverdue)
            {
                _ = facts.DaysOverdue <= 30 ? young++ : facts.DaysOverdue <= 90 ? middle++ : old++;
            }

            for (var i = 0; i < DueWindows.Count; i++)
            {
                if (commitment.IsOpen && facts.DaysToDue >= 0 && facts.DaysToDue <= DueWindows[i])
                {
                    dueSoon[i]++;
                }
            }

            if (facts.IsSilent)
            {
                silentOwners.UnionWith(commitment.Owners.Select(o => o.Email));
            }

            undeliverable.UnionWith(facts.Contacts.Where(c => c.IsUndeliverable).Select(c => c.Address));
            escalated += facts.IsEscalated ? 1 : 0;
        }

        await book.ConfigureAwait(false);

        return new OverviewOutcome.Shown(new OverviewCounts(
            now,
            total,
            [.. byStatus.Select(s => new CountLine(StatusLabels.For(s.Key), s.Value, new CommitmentFilter(Status: s.Key)))],
            [.. byCountry.Select(c => new CountLine(c.Key.Length == 0 ? "No country given" : c.Key, c.Value, c.Key.Length == 0 ? null : new CommitmentFilter(Country: c.Key)))],
            [
                new("0–30 days", young, new CommitmentFilter(Overdue: true, OverdueTo: 30, Sort: CommitmentSort.DaysOverdue)),
                new("31–90 days", middle, new CommitmentFilter(Overdue: true, OverdueFrom: 31, OverdueTo: 90, Sort: CommitmentSort.DaysOverdue)),
                new("Over 90 days", old, new CommitmentFilter(Overdue: true, OverdueFrom: 91, Sort: CommitmentSort.DaysOverdue)),
            ],
            [.. DueWindows.Select((days, i) => new CountLine($"Next {days} days", dueSoon[i], new CommitmentFilter(DueWithinDays: days)))],
            new("Silent owners", silentOwners.Count, new CommitmentFilter(Silent: true)),
            new("Open escalations", escalated, new CommitmentFilter(Escalated: true)),
            new("Undeliverable contacts", undeliverable.Count, new CommitmentFilter(Undeliverable: true)),
            assessor.StaleAfterDays));
    }
}
