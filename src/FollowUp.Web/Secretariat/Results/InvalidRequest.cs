namespace FollowUp.Web.Secretariat.Results;

/// <summary>A query parameter, form field or token is wrong (400), every problem named; 405 and 415 for a wrong method or body.</summary>
public sealed class InvalidRequest : SecretariatResult
{
    internal InvalidRequest(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
