namespace FollowUp.Core.Links;

/// <summary>What an authentic token says: who may update which commitment, until when, signed with which key.</summary>
/// <param name="OwnerEmail">Lower-case (invariant), as signed; compare with <see cref="IsOwnedBy"/>.</param>
/// <param name="ExpiresAt">A UTC instant. The token is valid strictly before it, expired at and after it.</param>
/// <param name="KeyId">The public id of the key that signed the token, for diagnosing rotations.</param>
public sealed record LinkClaims(string CommitmentId, string OwnerEmail, DateTimeOffset ExpiresAt, string KeyId)
{
    /// <summary>True when <paramref name="email"/> is the owner's address in any letter case.</summary>
    public bool IsOwnedBy(string? email) =>
        email is not null && string.Equals(OwnerEmail, NormalizeEmail(email), StringComparison.Ordinal);

    /// <summary>
    /// The form an owner address is signed in. Mail systems treat addresses case-insensitively in
    /// practice, so a token must not depend on how an importer happened to capitalise one.
    /// </summary>
    public static string NormalizeEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.ToLowerInvariant();
    }
}
