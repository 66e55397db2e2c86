namespace FollowUp.Web.Secretariat.Results;

/// <summary>The action was made on a version that is no longer current (409), shown with the current values.</summary>
public sealed class ActionConflict : SecretariatResult
{
    internal ActionConflict(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
