namespace FollowUp.Web.Secretariat.Views;

/// <summary>The list's page links: previous, the first and last pages and a few around the current one, next.</summary>
internal sealed record PagerView(string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLinkView> Pages);
