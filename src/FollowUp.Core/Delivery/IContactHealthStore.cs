namespace FollowUp.Core.Delivery;

/// <summary>
/// The read (and reset) seam over contact health, for the scan's views, <c>followup contacts</c> and
/// the secretariat's workspace. Addresses compare by their canonical form.
/// </summary>
public interface IContactHealthStore
{
    /// <summary>One address's health; <see cref="ContactState.Unknown"/> when nothing was ever heard for it.</summary>
    Task<ContactHealth> ReadAsync(string address, CancellationToken cancellationToken = default);

    /// <summary>Every address some event was heard for, undeliverable or not.</summary>
    IAsyncEnumerable<ContactHealth> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Every address marked undeliverable now.</summary>
    IAsyncEnumerable<ContactHealth> ListUndeliverableAsync(CancellationToken cancellationToken = default);

    /// <summary>Clears the mark as of now; a later bounce marks it again. False when the address had no health recorded.</summary>
    Task<bool> ResetAsync(string address, CancellationToken cancellationToken = default);
}
