using FollowUp.Core.Commitments;

namespace FollowUp.Core.Links;

/// <summary>What an authentic token says: who may update which commitment, until when, signed with which key.</summary>
/// <param name="OwnerEmail">The canonical form (<see cref="EmailAddresses.Canonical"/>), as signed; compare with <see cref="IsOwnedBy"/>.</param>
/// <param name="ExpiresAt">A UTC instant. The token is valid strictly before it, expired at and after it.</param>
/// <param name="KeyId">The public id of the key that signed the token, for diagnosing rotations.</param>
public sealed record LinkClaims(string CommitmentId, string OwnerEmail, DateTimeOffset ExpiresAt, string KeyId)
{
    /// <summary>True when <paramref name="email"/> is the owner's address in any letter case.</summary>
    public bool IsOwnedBy(string? email) =>
        email is not null && string.Equals(OwnerEmail, EmailAddresses.Canonical(email), StringComparison.Ordinal);
}
