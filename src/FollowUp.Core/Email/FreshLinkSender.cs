using System.Security.Cryptography;
using System.Text;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Updates;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Email;

/// <summary>Composes the fresh-link email to the registered owner and hands it to the transport.</summary>
/// <remarks>
/// Only a refusal returns false, which lets the owner ask again at once. An unknown outcome returns
/// true: the message may be on its way, and a second copy is not sent before the cooldown ends.
/// Sandbox mode returns true as well, so that a staging deployment walks the same path as production.
/// </remarks>
public sealed class FreshLinkSender(IEmailTransport transport, IOptions<FollowUpOptions> options) : IFreshLinkSender
{
    public async Task<bool> SendAsync(Commitment commitment, ResponsibleParty owner, Uri link, string? claimId = null, CancellationToken cancellationToken = default)
    {
        var result = await transport.SendAsync(Compose(commitment, owner, link, claimId), cancellationToken).ConfigureAwait(false);
        return result is not SendResult.Refused;
    }

    internal EmailMessage Compose(Commitment commitment, ResponsibleParty owner, Uri link, string? claimId = null)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(owner);
        var rendered = FreshLinkEmail.Render(commitment, owner, link, options.Value.Links.LifetimeDays);
        var kind = MessageTracking.KindName(MessageKind.FreshLink);
        return new EmailMessage(
            new EmailRecipient(owner.Email, owner.Ministry),
            rendered.Subject,
            rendered.HtmlBody,
            rendered.TextBody,
            ["followup", kind],
            new MessageTracking(MessageKind.FreshLink, RunId: null, LocalDate: null, [commitment.Id], TrackingId(claimId)));
    }

    /// <summary>
    /// The request's claim as a claim id (32 hex digits): the link-request ledger's claim is a row
    /// version, which names one request and nothing about the owner; hashed, it takes the shape every
    /// claim id has in <c>custom_args</c>. Already a claim id, it is kept.
    /// </summary>
    internal static string? TrackingId(string? claimId) =>
        string.IsNullOrEmpty(claimId) ? null
        : MessageTracking.IsClaimId(claimId) ? claimId
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(claimId)))[..32];
}
