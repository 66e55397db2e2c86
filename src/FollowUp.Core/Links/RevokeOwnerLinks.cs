using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Links;

/// <summary>
/// Makes every update link issued so far to one owner of one commitment invalid, by raising the
/// owner's link generation in the commitment; links issued from then on (the next digest, a fresh
/// link, <c>followup link</c>) carry the new generation and work.
/// </summary>
public sealed class RevokeOwnerLinks(ICommitmentStore store, ILogger<RevokeOwnerLinks> logger)
{
    /// <summary>How often the commitment is re-read when someone else writes it between the read and the write.</summary>
    public const int MaxAttempts = 5;

    public async Task<RevokeOutcome> RevokeAsync(string commitmentId, string ownerEmail, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commitmentId);
        ArgumentException.ThrowIfNullOrEmpty(ownerEmail);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var commitment = await store.GetAsync(commitmentId, cancellationToken).ConfigureAwait(false);
            if (commitment is null)
            {
                return new RevokeOutcome.UnknownCommitment();
            }

            if (commitment.FindOwner(ownerEmail) is not { } owner)
            {
                return new RevokeOutcome.NotAnOwner(commitment);
            }

            var revoked = owner with { LinkGeneration = checked(owner.LinkGeneration + 1) };
            var updated = commitment with { Owners = [.. commitment.Owners.Select(o => ReferenceEquals(o, owner) ? revoked : o)] };

            // Conditional on the version read: an owner's save or an import in between is re-read, never overwritten.
            switch (await store.ReplaceAsync(updated, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                case SaveResult.Saved saved:
                    LinksLog.LinksRevoked(logger, commitmentId, revoked.LinkGeneration);
                    return new RevokeOutcome.Revoked(saved.Commitment, revoked);
                case SaveResult.NotFound:
                    return new RevokeOutcome.UnknownCommitment();
            }
        }

        return new RevokeOutcome.KeptChanging();
    }
}
