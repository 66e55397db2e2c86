namespace FollowUp.Core.Links;

/// <summary>
/// The outcome of verifying an update-link token: <see cref="Valid"/>, <see cref="Expired"/> or
/// <see cref="Invalid"/>. The set is closed (the base constructor is private), so a
/// <c>switch</c> over the three cases is exhaustive.
/// </summary>
public abstract record LinkTokenResult
{
    private LinkTokenResult()
    {
    }

    /// <summary>Authentic, unexpired, and (when a route was given) for that commitment.</summary>
    public sealed record Valid(LinkClaims Claims) : LinkTokenResult;

    /// <summary>
    /// Authentic but past its expiry. The claims still identify the commitment and owner, so the page
    /// can offer to send a fresh link — to the owner's registered address, never to one the visitor types.
    /// </summary>
    public sealed record Expired(LinkClaims Claims) : LinkTokenResult;

    /// <summary>
    /// Not a token we issued for this route. Deliberately carries no reason (tampered, malformed,
    /// unknown key, wrong key, wrong commitment), so no caller can leak one to a prober.
    /// </summary>
    public sealed record Invalid : LinkTokenResult
    {
        public static Invalid Instance { get; } = new();

        private Invalid()
        {
        }
    }
}
