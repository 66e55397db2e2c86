using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Delivery;

/// <summary>
/// Every owner address with its ministry, its open commitments and its contact health, and every other
/// address some event was heard for. Streams the commitments once and the health rows once; what it
/// holds grows with addresses, not with commitments.
/// </summary>
public sealed class ContactDirectory(ICommitmentStore store, IContactHealthStore health)
{
    public async Task<IReadOnlyList<ContactEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var ministries = new Dictionary<string, SortedSet<string>>(EmailAddresses.Comparer);
        var open = new Dictionary<string, int>(EmailAddresses.Comparer);
        await foreach (var commitment in store.QueryAsync(openOnly: false, cancellationToken).ConfigureAwait(false))
        {
            foreach (var owner in commitment.Owners.DistinctBy(o => o.Email, EmailAddresses.Comparer))
            {
                if (!ministries.TryGetValue(owner.Email, out var names))
                {
                    ministries[owner.Email] = names = new SortedSet<string>(StringComparer.Ordinal);
                }

                names.Add(owner.Ministry);
                open[owner.Email] = open.GetValueOrDefault(owner.Email) + (commitment.IsOpen ? 1 : 0);
            }
        }

        var heard = new Dictionary<string, ContactHealth>(EmailAddresses.Comparer);
        await foreach (var contact in health.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            heard[contact.Address] = contact;
        }

        var entries = ministries
            .Select(o => new ContactEntry(o.Key, string.Join("; ", o.Value), open[o.Key], heard.GetValueOrDefault(o.Key) ?? ContactHealth.Unheard(o.Key)))
            .Concat(heard.Values.Where(h => !ministries.ContainsKey(h.Address)).Select(h => new ContactEntry(h.Address, null, 0, h)));
        return [.. entries.OrderBy(e => EmailAddresses.Canonical(e.Email), StringComparer.Ordinal)];
    }
}
