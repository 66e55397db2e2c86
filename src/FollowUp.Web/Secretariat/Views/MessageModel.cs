using FollowUp.Core.Commitments;

namespace FollowUp.Web.Secretariat.Views;

/// <summary>A page of words: a refusal, an error, a notice.</summary>
internal sealed record MessageModel(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<ValidationError> Errors, string? LinkUrl = null, string? LinkText = null);
