namespace FollowUp.Core.Intake;

/// <summary>
/// One sentence of the outcome document: as written (for the draft's description), and with typographic
/// quotes, dashes and spaces made plain (for the rules), character for character, so offsets agree.
/// </summary>
/// <param name="Number">1-based, counted through the whole document, so the secretariat can find it.</param>
/// <param name="Paragraph">1-based; a line break or blank line starts a new one.</param>
public sealed record SourceSentence(int Number, int Paragraph, string Text, string Plain);
