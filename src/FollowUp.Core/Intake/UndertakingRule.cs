using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// One rule that picks a sentence: its id (written into each draft's source, so the secretariat can
/// see why a sentence was picked), what it looks for in words, and a pattern whose <c>body</c> group,
/// when present, marks where the undertaking's own text starts.
/// </summary>
public sealed record UndertakingRule(string Id, string Explains, RuleShape Shape, Regex Pattern);
