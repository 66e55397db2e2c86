using FollowUp.Core.Commitments;

namespace FollowUp.Core.Updates;

/// <summary>
/// The fields read from a request, and what made parts of it unreadable (a malformed JSON document,
/// a list where a value belongs). Whoever reads the request reports those; the update rule does the rest.
/// </summary>
public sealed record ProgressSubmission(ProgressInput Input, IReadOnlyList<ValidationError> ReadErrors)
{
    public static ProgressSubmission Of(ProgressInput input) => new(input, []);
}
