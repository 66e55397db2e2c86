namespace FollowUp.Web.Updates.Results;

/// <summary>A method the route does not take (405), with <c>Allow</c>.</summary>
public sealed class MethodNotAllowed : OwnerResult
{
    internal MethodNotAllowed(int statusCode, OwnerContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
