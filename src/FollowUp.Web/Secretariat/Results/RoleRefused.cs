namespace FollowUp.Web.Secretariat.Results;

/// <summary>Signed in without the role this needs (403).</summary>
public sealed class RoleRefused : SecretariatResult
{
    internal RoleRefused(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
