namespace FollowUp.Web.Updates.Results;

/// <summary>Nothing saved (400): every message beside its field, the owner's input kept.</summary>
public sealed class InvalidUpdate : OwnerResult
{
    internal InvalidUpdate(int statusCode, OwnerContent content)
        : base(statusCode, content)
    {
    }
}
