namespace FollowUp.Web.Updates.Views;

/// <summary>Another ministry that answers for the commitment.</summary>
internal sealed record OwnerView(string Ministry, string Role);
