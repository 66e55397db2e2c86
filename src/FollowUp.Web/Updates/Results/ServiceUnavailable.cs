namespace FollowUp.Web.Updates.Results;

/// <summary>Storage was unavailable (503), with <c>Retry-After</c>.</summary>
public sealed class ServiceUnavailable : OwnerResult
{
    internal ServiceUnavailable(int statusCode, OwnerContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
