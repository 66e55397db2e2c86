namespace FollowUp.Web.Secretariat.Views;

/// <summary>One numbered page link, or a gap between numbers when <see cref="Url"/> is null.</summary>
internal sealed record PageLinkView(string Number, string? Url, bool Current);
