namespace FollowUp.Web.Updates.Results;

/// <summary>The link opens nothing: not ours or no longer an owner's (403), the commitment gone (404), or expired (410, with the fresh-link button).</summary>
public sealed class AccessRefused : OwnerResult
{
    internal AccessRefused(int statusCode, OwnerContent content)
        : base(statusCode, content)
    {
    }
}
