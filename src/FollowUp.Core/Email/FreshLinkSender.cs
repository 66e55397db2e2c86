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
    public async Task<bool> SendAsync(Commitment commitment, ResponsibleParty owner, Uri link, CancellationToken cancellationToken = default)
    {
        var result = await transport.SendAsync(Compose(commitment, owner, link), cancellationToken).ConfigureAwait(false);
        return result is not SendResult.Refused;
    }

    internal EmailMessage Compose(Commitment commitment, ResponsibleParty owner, Uri link)
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
            new MessageTracking(MessageKind.FreshLink, RunId: null, LocalDate: null, [commitment.Id]));
    }
}
