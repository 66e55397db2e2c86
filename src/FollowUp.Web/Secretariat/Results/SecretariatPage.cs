namespace FollowUp.Web.Secretariat.Results;

/// <summary>A page or its JSON twin (200).</summary>
public sealed class SecretariatPage : SecretariatResult
{
    internal SecretariatPage(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
