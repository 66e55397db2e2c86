using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Updates;

/// <summary>What a genuine link finds in the store: its commitment and owner, or why not.</summary>
internal abstract record OwnerAccess
{
    private OwnerAccess()
    {
    }

    public sealed record Granted(Commitment Commitment, ResponsibleParty Owner) : OwnerAccess;

    /// <summary>The link was genuine, but its address is no longer an owner, or its link was revoked: it speaks for no one.</summary>
    public sealed record NotAnOwner : OwnerAccess;

    public sealed record Gone : OwnerAccess;

    /// <summary>
    /// The commitment and the link's owner. An address removed from the commitment is refused like a
    /// forged token: the link was genuine, but it no longer speaks for anyone responsible.
    /// </summary>
    public static async Task<OwnerAccess> LoadAsync(ICommitmentStore store, ILogger logger, OwnerLink link, CancellationToken cancellationToken)
    {
        var commitment = await store.GetAsync(link.CommitmentId, cancellationToken).ConfigureAwait(false);
        if (commitment is null)
        {
            UpdatesLog.CommitmentGone(logger, link.CommitmentId);
            return new Gone();
        }

        var owner = commitment.Owners.FirstOrDefault(o => link.Claims.IsOwnedBy(o.Email));
        if (owner is null)
        {
            UpdatesLog.OwnerNoLongerListed(logger, link.CommitmentId);
            return new NotAnOwner();
        }

        // Revoked: the owner's links have moved on to a later generation. Answered as NotAnOwner, which
        // the routes refuse exactly as they refuse a forged token, so a leaked link learns nothing.
        if (owner.LinkGeneration != link.Claims.Generation)
        {
            UpdatesLog.LinkRevoked(logger, link.CommitmentId);
            return new NotAnOwner();
        }

        return new Granted(commitment, owner);
    }
}
