namespace FollowUp.Core.Intake;

/// <param name="Phrase">The words that gave the date ("in 2027"), or <c>null</c> when the text has none.</param>
public sealed record DueDate(DateOnly? Date, string? Phrase, DueBasis Basis);
