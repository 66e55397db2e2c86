namespace FollowUp.Web.Updates.Results;

/// <summary>Anything else that went wrong (500), still with the security headers and no detail.</summary>
public sealed class UnexpectedFailure : OwnerResult
{
    internal UnexpectedFailure(int statusCode, OwnerContent content)
        : base(statusCode, content)
    {
    }
}
