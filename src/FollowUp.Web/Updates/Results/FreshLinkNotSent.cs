namespace FollowUp.Web.Updates.Results;

/// <summary>The mail provider did not take the fresh link (503); the owner may ask again at once.</summary>
public sealed class FreshLinkNotSent : OwnerResult
{
    internal FreshLinkNotSent(int statusCode, OwnerContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
