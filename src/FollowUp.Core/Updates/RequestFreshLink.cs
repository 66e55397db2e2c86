using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Updates;

/// <summary>
/// An owner asks for a fresh link (typically after theirs expired). It goes to the registered address,
/// never to one from the request, at most once per owner and commitment per cooldown, and at most
/// <c>Links:FreshLinksPerAddressPerDay</c> times per address per UTC day, whatever the commitments: a
/// leaked link for each of many commitments still cannot flood one mailbox.
/// </summary>
public sealed class RequestFreshLink(
    ICommitmentStore store,
    ILinkRequestLedger ledger,
    UpdateLinkBuilder linkBuilder,
    IFreshLinkSender sender,
    IOptions<FollowUpOptions> options,
    TimeProvider time,
    ILogger<RequestFreshLink> logger)
{
    private readonly TimeSpan _cooldown = TimeSpan.FromMinutes(options.Value.Links.FreshLinkCooldownMinutes);
    private readonly int _perAddressPerDay = options.Value.Links.FreshLinksPerAddressPerDay;

    /// <remarks>A valid link may ask too: an owner may want a link that lasts longer than the one in hand.</remarks>
    public async Task<FreshLinkOutcome> RequestAsync(OwnerLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        switch (await OwnerAccess.LoadAsync(store, logger, link, cancellationToken).ConfigureAwait(false))
        {
            case OwnerAccess.Gone:
                return new FreshLinkOutcome.Gone();
            case OwnerAccess.NotAnOwner:
                return new FreshLinkOutcome.NotAnOwner();
            case OwnerAccess.Granted(var commitment, var owner):
                return await SendAsync(commitment, owner, cancellationToken).ConfigureAwait(false);
            default:
                throw new InvalidOperationException("Unknown access outcome.");
        }
    }

    /// <summary>The one rule for sending a fresh link to a registered owner: cooldown, daily cap, release on failure. The workspace sends through it too.</summary>
    internal async Task<FreshLinkOutcome> SendAsync(Commitment commitment, ResponsibleParty owner, CancellationToken cancellationToken)
    {
        var claim = await ledger.TryClaimAsync(commitment.Id, owner.Email, time.GetUtcNow(), _cooldown, _perAddressPerDay, cancellationToken)
            .ConfigureAwait(false);
        if (claim is null)
        {
            UpdatesLog.FreshLinkThrottled(logger, commitment.Id);
            return new FreshLinkOutcome.Throttled();
        }

        Exception? failure = null;
        bool sent;
        try
        {
            // To the registered address, never one from the request: a leaked expired link can only
            // make a fresh link arrive in the owner's own mailbox.
            sent = await sender.SendAsync(commitment, owner, linkBuilder.BuildUpdateLink(commitment.Id, owner), claim, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the sender throws, the claim is given back so the owner can ask again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await ledger.ReleaseAsync(commitment.Id, owner.Email, claim, CancellationToken.None).ConfigureAwait(false);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            failure = ex;
            sent = false;
        }

        if (!sent)
        {
            if (failure is null)
            {
                await ledger.ReleaseAsync(commitment.Id, owner.Email, claim, CancellationToken.None).ConfigureAwait(false);
            }

            UpdatesLog.FreshLinkFailed(logger, commitment.Id, failure);
            return new FreshLinkOutcome.NotSent();
        }

        UpdatesLog.FreshLinkSent(logger, commitment.Id);
        return new FreshLinkOutcome.Sent();
    }
}
