using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// Every address's contact health, read once for a request, so a list of thousands of commitments
/// asks storage once rather than once per owner. Addresses compare by their canonical form.
/// </summary>
public sealed class ContactBook
{
    private readonly Dictionary<string, ContactHealth> _byAddress;

    private ContactBook(Dictionary<string, ContactHealth> byAddress) => _byAddress = byAddress;

    /// <summary>No address has been heard of: every contact is <see cref="ContactState.Unknown"/>.</summary>
    public static ContactBook Empty { get; } = new(new(EmailAddresses.Comparer));

    public static async Task<ContactBook> ReadAsync(IContactHealthStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var byAddress = new Dictionary<string, ContactHealth>(EmailAddresses.Comparer);
        await foreach (var health in store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            byAddress[health.Address] = health;
        }

        return new(byAddress);
    }

    /// <summary>A few addresses' health by point reads, for a page about one commitment or one owner.</summary>
    public static async Task<ContactBook> ReadAsync(IContactHealthStore store, IEnumerable<string> addresses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(addresses);
        var byAddress = new Dictionary<string, ContactHealth>(EmailAddresses.Comparer);
        foreach (var address in addresses.Distinct(EmailAddresses.Comparer))
        {
            byAddress[address] = await store.ReadAsync(address, cancellationToken).ConfigureAwait(false);
        }

        return new(byAddress);
    }

    public ContactHealth For(string address) =>
        _byAddress.TryGetValue(address, out var health) ? health with { Address = address } : ContactHealth.Unheard(address);
}
