namespace FollowUp.Web.Updates.Results;

/// <summary>A fresh link was sent, or one went out within the cooldown (202): the same words either way.</summary>
public sealed class FreshLinkRequested : OwnerResult
{
    internal FreshLinkRequested(int statusCode, OwnerContent content)
        : base(statusCode, content)
    {
    }
}
