namespace FollowUp.Web.Secretariat.Results;

/// <summary>Storage was unavailable (503) or something failed (500), answered with the security headers.</summary>
public sealed class SecretariatFailure : SecretariatResult
{
    internal SecretariatFailure(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
