using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Links;

/// <summary>
/// Checks update-link tokens against every configured key. A token is <see cref="LinkTokenResult.Valid"/>
/// strictly before its expiry and <see cref="LinkTokenResult.Expired"/> at and after it, so a link issued
/// for 30 days stops working exactly 30 days after it was issued. From <c>Links:FreshLinkGraceDays</c>
/// after its expiry on it is <see cref="LinkTokenResult.Invalid"/>: it can no longer even ask for a fresh
/// link. Never throws for any token string.
/// </summary>
public sealed class LinkTokenVerifier(LinkSigningKeys keys, IOptions<FollowUpOptions> options, TimeProvider time)
{
    private readonly TimeSpan _grace = TimeSpan.FromDays(options.Value.Links.FreshLinkGraceDays);

    /// <summary>Verifies a token on its own. Pages should use <see cref="VerifyForCommitment"/>.</summary>
    public LinkTokenResult Verify(string? token)
    {
        if (!LinkTokenFormat.TryUnprotect(token, keys, out var claims))
        {
            return LinkTokenResult.Invalid.Instance;
        }

        var now = time.GetUtcNow();
        if (now < claims.ExpiresAt)
        {
            return new LinkTokenResult.Valid(claims);
        }

        // Expiries near DateTimeOffset.MaxValue cannot have the grace added; nothing we sign is there.
        return claims.ExpiresAt <= DateTimeOffset.MaxValue - _grace && now < claims.ExpiresAt + _grace
            ? new LinkTokenResult.Expired(claims)
            : LinkTokenResult.Invalid.Instance;
    }

    /// <summary>
    /// Verifies a token presented on the progress route for <paramref name="routeCommitmentId"/>.
    /// A token for any other commitment is <see cref="LinkTokenResult.Invalid"/>, expired or not, so a
    /// link can never be replayed against a commitment its owner was not sent.
    /// </summary>
    public LinkTokenResult VerifyForCommitment(string? token, string? routeCommitmentId)
    {
        var result = Verify(token);
        var claims = result switch
        {
            LinkTokenResult.Valid valid => valid.Claims,
            LinkTokenResult.Expired expired => expired.Claims,
            _ => null,
        };

        // Ids are stored and routed as exact strings (Table keys are case-sensitive), so compare ordinally.
        return claims is not null && string.Equals(claims.CommitmentId, routeCommitmentId, StringComparison.Ordinal)
            ? result
            : LinkTokenResult.Invalid.Instance;
    }
}
