using FollowUp.Core.Links;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Updates;

/// <summary>
/// The first check of every owner request, before its body is read or storage is asked: is the
/// token one we issued for this commitment? Costs no storage read, so a prober learns nothing and
/// costs nothing.
/// </summary>
public sealed class OwnerLinks(LinkTokenVerifier verifier, ILogger<OwnerLinks> logger)
{
    /// <returns>The link, expired or not; null for any token that is not ours for this route (one answer, no reason).</returns>
    public OwnerLink? Verify(string? commitmentId, string? token)
    {
        switch (verifier.VerifyForCommitment(token, commitmentId))
        {
            case LinkTokenResult.Valid valid:
                return new OwnerLink(valid.Claims, Expired: false);
            case LinkTokenResult.Expired old:
                return new OwnerLink(old.Claims, Expired: true);
            default:
                UpdatesLog.LinkRefused(logger);
                return null;
        }
    }
}
