using FollowUp.Core.Links;

namespace FollowUp.Core.Updates;

/// <summary>
/// A genuine update link for one commitment, as <see cref="OwnerLinks.Verify"/> found it: whom it
/// speaks for, and whether it has expired. Expired links still name their owner, so that a fresh
/// link can go to the registered address.
/// </summary>
public sealed record OwnerLink(LinkClaims Claims, bool Expired)
{
    public string CommitmentId => Claims.CommitmentId;
}
