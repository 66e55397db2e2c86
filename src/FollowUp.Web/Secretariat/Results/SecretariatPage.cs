namespace FollowUp.Web.Secretariat.Results;

/// <summary>A page or its JSON twin (200).</summary>
public sealed class SecretariatPage : SecretariatResult
{
    internal SecretariatPage(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }

    /// <summary>A body already encoded as UTF-8: a large JSON twin is written once, not copied through a string.</summary>
    internal SecretariatPage(int statusCode, string contentType, byte[] body)
        : base(statusCode, contentType, body)
    {
    }
}
