namespace FollowUp.Core.Updates;

/// <summary>What a request for a fresh link did. The set is closed: a <c>switch</c> over these cases is exhaustive.</summary>
public abstract record FreshLinkOutcome
{
    private FreshLinkOutcome()
    {
    }

    /// <summary>A fresh link went to the owner's registered address.</summary>
    public sealed record Sent : FreshLinkOutcome;

    /// <summary>
    /// One went out within the cooldown, the address had its day's fresh links, or a simultaneous
    /// request is sending it; nothing sent. The owner is told the same as for <see cref="Sent"/>.
    /// </summary>
    public sealed record Throttled : FreshLinkOutcome;

    /// <summary>The mail provider did not take it; the claim was given back, so the owner may ask again at once.</summary>
    public sealed record NotSent : FreshLinkOutcome;

    /// <summary>The link's address is no longer an owner; nothing sent.</summary>
    public sealed record NotAnOwner : FreshLinkOutcome;

    /// <summary>The commitment no longer exists.</summary>
    public sealed record Gone : FreshLinkOutcome;
}
