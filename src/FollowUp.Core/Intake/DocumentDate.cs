using System.Globalization;
using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// The date a document gives itself: a full date (day, month and year) in its first two paragraphs (a
/// heading, then the dateline) ("Baku, 14 March 2025 -"). Later dates in the text are about undertakings, not the document.
/// </summary>
public static partial class DocumentDate
{
    public static DateOnly? Find(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences.TakeWhile(s => s.Paragraph <= 2))
        {
            var match = DayMonthYear().Match(sentence.Plain) is { Success: true } dmy ? dmy : MonthDayYear().Match(sentence.Plain);
            if (match.Success && DateOnly.TryParse(
                    $"{match.Groups["day"].Value} {match.Groups["month"].Value} {match.Groups["year"].Value}",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();
}
