using System.Globalization;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Intake;

/// <summary>
/// The draft's <c>source</c>: the document and sentence, the rule that picked it and its cue, and how
/// the due date was found, so the secretariat can see why each draft is there and what to check.
/// </summary>
public static class DraftSource
{
    /// <summary>The import's limit on <c>source</c>.</summary>
    public const int MaxLength = 500;

    public static string Describe(string? documentName, Undertaking undertaking, DueDate due, DateOnly? reference, ReferenceSource referenceSource)
    {
        ArgumentNullException.ThrowIfNull(undertaking);
        ArgumentNullException.ThrowIfNull(due);
        var document = Clip(string.IsNullOrWhiteSpace(documentName) ? "the outcome document" : documentName.Trim(), 80);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"intake of {document}, sentence {undertaking.Sentence.Number}: rule {undertaking.Rule.Id} (\"{Clip(undertaking.Cue, 60)}\"); {DueWords(due, reference, referenceSource)}");
        return Clip(text, MaxLength);
    }

    private static string DueWords(DueDate due, DateOnly? reference, ReferenceSource referenceSource)
    {
        var phrase = due.Phrase is null ? "" : Clip(due.Phrase, 60);
        var date = due.Date is { } d ? IsoDate.Format(d) : "";
        return due.Basis switch
        {
            DueBasis.Stated => $"due date from \"{phrase}\"",
            DueBasis.Relative => $"due date from \"{phrase}\", counted from {(reference is { } r ? IsoDate.Format(r) : "")} ({(referenceSource == ReferenceSource.AsOf ? "the date given" : "the document's date")})",
            DueBasis.NextSession when due.Phrase is not null => $"due \"{phrase}\": the next session's date, {date}",
            DueBasis.NextSession => $"no date in the text: the next session's, {date}, proposed; check it",
            _ when due.Phrase is not null => $"\"{phrase}\" needs a reference date, or the next session's date: fill in dueDate",
            _ => "no date in the text and no dated next session: fill in dueDate",
        };
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "\u2026";
}
