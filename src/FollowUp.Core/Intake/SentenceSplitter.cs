using System.Text;
using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// Splits an outcome document into sentences: each line is a paragraph (list markers removed), and a
/// paragraph breaks after . ! or ? followed by a space and a capital, a digit or a quote, unless the
/// word before the stop is a known abbreviation or an initial.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "no", "nos", "st", "gen", "lt", "col", "maj", "capt", "sen", "rep", "gov",
        "co", "ltd", "inc", "corp", "vs", "etc", "e.g", "i.e", "approx", "art", "para", "h.e", "u.s", "u.k", "u.n",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    public static IReadOnlyList<SourceSentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SourceSentence>();
        var paragraph = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = ListMarker().Replace(rawLine.Trim(), "");
            if (line.Length == 0)
            {
                continue;
            }

            paragraph++;
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is '.' or '!' or '?' && EndsSentence(line, i, out var next))
                {
                    Add(sentences, paragraph, line[start..next]);
                    start = next;
                }
            }

            Add(sentences, paragraph, line[start..]);
        }

        return sentences;
    }

    /// <summary>Typographic characters replaced one for one, so that the rules need only plain ones.</summary>
    public static string Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text);
        for (var i = 0; i < plain.Length; i++)
        {
            plain[i] = plain[i] switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' or '\u2007' or '\u202F' or '\t' => ' ',
                var c => c,
            };
        }

        return plain.ToString();
    }

    private static bool EndsSentence(string line, int stop, out int next)
    {
        next = stop + 1;
        while (next < line.Length && line[next] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019')
        {
            next++;
        }

        if (next >= line.Length || !char.IsWhiteSpace(line[next]))
        {
            return false;
        }

        var after = next;
        while (after < line.Length && char.IsWhiteSpace(line[after]))
        {
            after++;
        }

        if (after >= line.Length || !(char.IsUpper(line[after]) || char.IsDigit(line[after]) || line[after] is '"' or '\u201C' or '(' or '\''))
        {
            return false;
        }

        if (line[stop] != '.')
        {
            return true;
        }

        var wordStart = stop;
        while (wordStart > 0 && !char.IsWhiteSpace(line[wordStart - 1]) && line[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = line[wordStart..stop];
        return !(Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])));
    }

    private static void Add(List<SourceSentence> sentences, int paragraph, string text)
    {
        text = text.Trim();
        if (text.Length > 0)
        {
            sentences.Add(new SourceSentence(sentences.Count + 1, paragraph, text, Plain(text)));
        }
    }

    [GeneratedRegex(@"^(?:[-*\u2022\u2023\u25AA\u2013]\s+|\(?[0-9]{1,2}[.)]\s+|\(?[a-z][.)]\s+|\([ivx]{1,4}\)\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
