namespace FollowUp.Core.Intake;

/// <summary>One undertaking found in a sentence, before it is given a title, sector, parties and date.</summary>
/// <param name="Cue">The words the rule matched, as they stand in the sentence.</param>
/// <param name="Body">The undertaking's own words: from its verb (or noun) to the end of its clause.</param>
/// <param name="Lead">The words of the sentence before the first cue ("By March, both sides"), where a date or the parties may stand.</param>
public sealed record Undertaking(SourceSentence Sentence, UndertakingRule Rule, string Cue, string Body, string Lead, bool IsNextSession);
