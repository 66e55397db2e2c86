namespace FollowUp.Web.Updates.Results;

/// <summary>Nothing saved (409): the commitment is completed or cancelled; the page says where it stands and whom to ask.</summary>
public sealed class ClosedToUpdates : OwnerResult
{
    internal ClosedToUpdates(int statusCode, OwnerContent content)
        : base(statusCode, content)
    {
    }
}
