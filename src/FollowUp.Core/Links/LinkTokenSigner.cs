using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Links;

/// <summary>Issues update-link tokens with the first configured key, valid for <c>Links:LifetimeDays</c>.</summary>
public sealed class LinkTokenSigner(LinkSigningKeys keys, IOptions<FollowUpOptions> options, TimeProvider time)
{
    private readonly TimeSpan _lifetime = TimeSpan.FromDays(options.Value.Links.LifetimeDays);

    /// <summary>
    /// A token that lets <paramref name="ownerEmail"/> (in any case) update <paramref name="commitmentId"/>
    /// until now + the configured lifetime. Throws <see cref="ArgumentException"/> for an empty value,
    /// a commitment id over 64 or an address over 254 UTF-8 bytes; the message never repeats the value.
    /// The token carries <paramref name="generation"/>, the owner's current link generation, so that
    /// revoking the owner's links (raising it) refuses this one.
    /// </summary>
    public string CreateToken(string commitmentId, string ownerEmail, int generation)
    {
        ArgumentException.ThrowIfNullOrEmpty(commitmentId);
        ArgumentException.ThrowIfNullOrEmpty(ownerEmail);
        ArgumentOutOfRangeException.ThrowIfNegative(generation);
        var expiresAt = time.GetUtcNow() + _lifetime;
        return LinkTokenFormat.Protect(keys.Current, commitmentId, EmailAddresses.Canonical(ownerEmail), generation, expiresAt);
    }
}
