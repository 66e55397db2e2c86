namespace FollowUp.Web.Secretariat.Owners;

/// <summary>An owner named on another page, linked to its ministry page.</summary>
internal sealed record OwnerLinkView(string Label, string Url);
