using FollowUp.Core.Commitments;

namespace FollowUp.Core.Updates;

/// <summary>
/// Emails an owner a fresh update link after the old one expired. Called only for an address that is
/// an owner of the commitment at the time of the request, and at most once per owner and commitment
/// per <c>FollowUp:Links:FreshLinkCooldownMinutes</c>.
/// </summary>
public interface IFreshLinkSender
{
    /// <param name="owner">The registered owner; send to <see cref="ResponsibleParty.Email"/> and nowhere else.</param>
    /// <param name="link">The new update link, a bearer credential: never log it.</param>
    /// <param name="claimId">What identifies this request in the link-request ledger (never personal data), so SendGrid's events for the message can be told apart.</param>
    /// <returns>True when the provider accepted the message; false lets the owner ask again at once.</returns>
    Task<bool> SendAsync(Commitment commitment, ResponsibleParty owner, Uri link, string? claimId = null, CancellationToken cancellationToken = default);
}
