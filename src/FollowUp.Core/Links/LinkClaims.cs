using FollowUp.Core.Commitments;

namespace FollowUp.Core.Links;

/// <summary>What an authentic token says: who may update which commitment, until when, signed with which key.</summary>
/// <param name="OwnerEmail">The canonical form (<see cref="EmailAddresses.Canonical"/>), as signed; compare with <see cref="IsOwnedBy"/>.</param>
/// <param name="ExpiresAt">A UTC instant. The token is valid strictly before it, expired at and after it.</param>
/// <param name="KeyId">The public id of the key that signed the token, for diagnosing rotations.</param>
/// <param name="Generation">
/// The owner's link generation when the token was issued (<see cref="ResponsibleParty.LinkGeneration"/>);
/// 0 for version-1 tokens, which carry none. A token speaks for its owner only while the two are equal.
/// </param>
public sealed record LinkClaims(string CommitmentId, string OwnerEmail, DateTimeOffset ExpiresAt, string KeyId, int Generation)
{
    /// <summary>True when <paramref name="email"/> is the owner's address in any letter case.</summary>
    public bool IsOwnedBy(string? email) =>
        email is not null && string.Equals(OwnerEmail, EmailAddresses.Canonical(email), StringComparison.Ordinal);
}
