using FollowUp.Core.Commitments;

namespace FollowUp.Web.Secretariat.Views;

/// <summary>A box above the facts: saved, refused, or stale.</summary>
internal sealed record NoticeView(string Kind, string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<ValidationError> Errors);
