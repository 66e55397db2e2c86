namespace FollowUp.Web.Secretariat.Results;

/// <summary>The local sign-in link was redeemed: 303 to the dashboard with the session cookie.</summary>
public sealed class SignedIn : SecretariatResult
{
    internal SignedIn(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
