namespace FollowUp.Web.Updates.Views;

/// <summary>A page with a heading, a few sentences and at most one button: errors and acknowledgements.</summary>
internal sealed record MessagePageModel(string Heading, IReadOnlyList<string> Paragraphs, string? FreshLinkUrl = null);
