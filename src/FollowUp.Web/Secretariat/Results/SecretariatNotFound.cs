namespace FollowUp.Web.Secretariat.Results;

/// <summary>No such commitment (404).</summary>
public sealed class SecretariatNotFound : SecretariatResult
{
    internal SecretariatNotFound(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
