namespace FollowUp.Web.Secretariat.Results;

/// <summary>The action was written with its history line (303 to the commitment, or 200 with it in JSON).</summary>
public sealed class ActionApplied : SecretariatResult
{
    internal ActionApplied(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
