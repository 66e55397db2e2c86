namespace FollowUp.Core.Updates;

/// <summary>
/// Remembers fresh-link requests so that an owner gets at most one fresh link per commitment per
/// cooldown, however many times, or in however many tabs at once, they click.
/// </summary>
public interface ILinkRequestLedger
{
    /// <summary>
    /// Claims the right to send one fresh link now. Returns a claim (to release if the send fails),
    /// or null when a link went out less than <paramref name="cooldown"/> ago or another request
    /// claimed it first.
    /// </summary>
    Task<string?> TryClaimAsync(string commitmentId, string ownerEmail, DateTimeOffset now, TimeSpan cooldown, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back after a failed send, so the owner can ask again at once; a later claim is left alone.</summary>
    Task ReleaseAsync(string commitmentId, string ownerEmail, string claim, CancellationToken cancellationToken = default);
}
