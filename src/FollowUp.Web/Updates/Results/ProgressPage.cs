namespace FollowUp.Web.Updates.Results;

/// <summary>The commitment as its owner sees it (200): the page with its form, the confirmation after a save, or the JSON.</summary>
public sealed class ProgressPage : OwnerResult
{
    internal ProgressPage(int statusCode, OwnerContent content)
        : base(statusCode, content)
    {
    }
}
