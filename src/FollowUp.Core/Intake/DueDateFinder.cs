using System.Globalization;
using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// Reads a due date from an undertaking's words: a day, a month or a year the text gives, a relative
/// one resolved against the reference date, or "at the next session". A date that follows "signed",
/// "held", "since" and the like tells what happened, not what is due, and is passed over; so is one
/// before the reference date.
/// </summary>
public static partial class DueDateFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Month = "(?<month>(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))";

    private static readonly Regex[] Patterns =
    [
        new($@"\b(?<pre>by|before|until|till|no later than|on|in|during|at)?\s*(?:the\s+)?(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{Month}\.?,?\s+(?<year>\d{{4}})\b", Options),
        new($@"\b(?<pre>by|before|until|till|no later than|on|in|during|at)?\s*{Month}\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<year>\d{{4}})\b", Options),
        new($@"\b(?<pre>by|before|until|till|no later than|in|during|within|at)\s+(?:the\s+)?(?:(?<part>early|mid|middle of|late|end of|the end of|beginning of|start of)\s*-?\s*)?{Month}(?:\s+(?<year>\d{{4}}))?\b", Options),
        new(@"\b(?<pre>by|before|until|till|no later than|in|during|within|at|for|over)\s+(?:the\s+)?(?:(?<part>first half|second half|first quarter|second quarter|third quarter|fourth quarter|Q[1-4]|early|mid|middle|late|end|beginning|start|course)(?:\s+of|-)?\s*)?(?<year>(?:19|20)\d{2})(?:\s*[-/]\s*(?<year2>(?:19|20)?\d{2}))?\b", Options),
        new(@"\b(?<part>end|mid|early|late)-(?<year>(?:19|20)\d{2})\b", Options),
        new(@"\b(?<thisyear>(?:by|before|until|at|towards?)\s+(?:the\s+)?end\s+of\s+(?:the|this|the current)\s+year|this year|by year-end|within the (?:current )?year)\b", Options),
        new(@"\b(?<nextyear>(?:next|the coming|the following) year)\b", Options),
        new(@"\bwithin\s+(?:the\s+next\s+|a\s+period\s+of\s+)?(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|a)\s+(?<unit>days?|weeks?|months?|years?)\b", Options),
        new(@"\b(?<session>(?:at|before|by|during|ahead of|prior to|until|on the sidelines of)\s+the\s+(?:next|following|upcoming|forthcoming)\s+(?:session|meeting))\b", Options),
    ];

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static DueDate? Find(string text, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        DueDate? best = null;
        var bestIndex = int.MaxValue;
        foreach (var pattern in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (match.Index >= bestIndex || PastContext().IsMatch(text[..match.Index]) || Resolve(match, reference) is not { } due)
                {
                    continue;
                }

                if (due.Date is { } date && reference is { } from && date < from)
                {
                    continue;
                }

                best = due;
                bestIndex = match.Index;
            }
        }

        return best;
    }

    private static DueDate? Resolve(Match m, DateOnly? reference)
    {
        var phrase = m.Value.Trim();
        if (m.Groups["session"].Success)
        {
            return new DueDate(null, phrase, DueBasis.NextSession);
        }

        if (m.Groups["thisyear"].Success || m.Groups["nextyear"].Success || m.Groups["n"].Success)
        {
            return reference is not { } from
                ? new DueDate(null, phrase, DueBasis.Missing)
                : new DueDate(Relative(m, from), phrase, DueBasis.Relative);
        }

        var before = m.Groups["pre"].Value.Equals("before", StringComparison.OrdinalIgnoreCase);
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (m.Groups["year2"].Success)
        {
            var second = int.Parse(m.Groups["year2"].Value, CultureInfo.InvariantCulture);
            year = second < 100 ? (year!.Value / 100 * 100) + second : second;
        }

        if (m.Groups["month"].Success)
        {
            var month = MonthNumber(m.Groups["month"].Value);
            if (year is null)
            {
                if (reference is not { } from)
                {
                    return new DueDate(null, phrase, DueBasis.Missing);
                }

                year = month >= from.Month ? from.Year : from.Year + 1;
                return new DueDate(MonthEnd(year.Value, month, before), phrase, DueBasis.Relative);
            }

            if (year is < 1990 or > 2100)
            {
                return null;
            }

            if (m.Groups["day"].Success)
            {
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (day < 1 || day > DateTime.DaysInMonth(year.Value, month))
                {
                    return null;
                }

                var exact = new DateOnly(year.Value, month, day);
                return new DueDate(before ? exact.AddDays(-1) : exact, phrase, DueBasis.Stated);
            }

            return new DueDate(MonthEnd(year.Value, month, before), phrase, DueBasis.Stated);
        }

        if (year is not { } y || y is < 1990 or > 2100)
        {
            return null;
        }

        if (before)
        {
            return new DueDate(new DateOnly(y - 1, 12, 31), phrase, DueBasis.Stated);
        }

        var end = m.Groups["part"].Value.ToLowerInvariant() switch
        {
            "first half" or "mid" or "middle" or "second quarter" or "q2" => new DateOnly(y, 6, 30),
            "first quarter" or "q1" or "early" or "beginning" or "start" => new DateOnly(y, 3, 31),
            "third quarter" or "q3" => new DateOnly(y, 9, 30),
            _ => new DateOnly(y, 12, 31),
        };
        return new DueDate(end, phrase, DueBasis.Stated);
    }

    private static DateOnly Relative(Match m, DateOnly from)
    {
        if (m.Groups["thisyear"].Success)
        {
            return new DateOnly(from.Year, 12, 31);
        }

        if (m.Groups["nextyear"].Success)
        {
            return new DateOnly(from.Year + 1, 12, 31);
        }

        var text = m.Groups["n"].Value.ToLowerInvariant();
        var n = text switch
        {
            "a" => 1,
            "eighteen" => 18,
            "twenty-four" => 24,
            _ when Array.IndexOf(Numbers, text) is var i and >= 0 => i,
            _ => int.Parse(text, CultureInfo.InvariantCulture),
        };
        return m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s') switch
        {
            "day" => from.AddDays(n),
            "week" => from.AddDays(7 * n),
            "month" => from.AddMonths(n),
            _ => from.AddYears(n),
        };
    }

    private static DateOnly MonthEnd(int year, int month, bool before) =>
        before ? new DateOnly(year, month, 1).AddDays(-1) : new DateOnly(year, month, DateTime.DaysInMonth(year, month));

    private static int MonthNumber(string name) =>
        Array.FindIndex(MonthNames, m => name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    [GeneratedRegex(@"(?<!\b(?:be|been|being)\s+)\b(?:signed|held|concluded|adopted|launched|established|inaugurated|opened|since|was|were|took place|last|visited|began|started|entered into force|ratified|completed)\s+(?:[\w'-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastContext();
}
