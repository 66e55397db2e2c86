namespace FollowUp.Web.Updates.Results;

/// <summary>The update could not be read: not a form or JSON (415), too large (413), or broken off (400).</summary>
public sealed class BodyRefused : OwnerResult
{
    internal BodyRefused(int statusCode, OwnerContent content)
        : base(statusCode, content)
    {
    }
}
