namespace FollowUp.Core.Updates;

/// <summary>
/// Remembers fresh-link requests so that an owner gets at most one fresh link per commitment per
/// cooldown, and at most a few per address per UTC day whatever the commitments, however many
/// times, or in however many tabs at once, they click.
/// </summary>
public interface ILinkRequestLedger
{
    /// <summary>
    /// Claims the right to send one fresh link now. Returns a claim (a unique id: to release if the
    /// send fails, and to tell this send from any other), or null when a link for this commitment
    /// went out less than <paramref name="cooldown"/> ago, when <paramref name="perAddressPerDay"/>
    /// links already went to this address on <paramref name="now"/>'s UTC day, or when another
    /// request claimed it first.
    /// </summary>
    Task<string?> TryClaimAsync(
        string commitmentId, string ownerEmail, DateTimeOffset now, TimeSpan cooldown, int perAddressPerDay, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a claim back after a failed send, its cooldown and its place in the day's count, so the
    /// owner can ask again at once; a later claim is left alone.
    /// </summary>
    Task ReleaseAsync(string commitmentId, string ownerEmail, string claim, CancellationToken cancellationToken = default);
}
