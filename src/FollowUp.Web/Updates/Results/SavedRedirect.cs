namespace FollowUp.Web.Updates.Results;

/// <summary>An update was saved (303): to the confirmation, with the commitment as saved in JSON.</summary>
public sealed class SavedRedirect : OwnerResult
{
    internal SavedRedirect(int statusCode, OwnerContent content, params KeyValuePair<string, string>[] headers)
        : base(statusCode, content, headers)
    {
    }
}
