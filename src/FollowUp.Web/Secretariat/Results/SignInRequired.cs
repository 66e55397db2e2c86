namespace FollowUp.Web.Secretariat.Results;

/// <summary>Nobody is signed in: 401, or for a browser in Azure a redirect to the sign-in page (302).</summary>
public sealed class SignInRequired : SecretariatResult
{
    internal SignInRequired(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
