using FollowUp.Core.Commitments;

namespace FollowUp.Core.Updates;

/// <summary>The fields read from a body, and what made parts of it unreadable (a malformed JSON document, a list where a value belongs).</summary>
internal sealed record ParsedInput(ProgressInput Input, IReadOnlyList<ValidationError> Errors);
