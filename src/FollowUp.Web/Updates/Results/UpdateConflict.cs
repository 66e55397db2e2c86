namespace FollowUp.Web.Updates.Results;

/// <summary>Nothing saved (409): someone saved first; the values now stored, the owner's note kept.</summary>
public sealed class UpdateConflict : OwnerResult
{
    internal UpdateConflict(int statusCode, OwnerContent content)
        : base(statusCode, content)
    {
    }
}
