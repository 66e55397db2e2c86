using System.Text.RegularExpressions;
using FollowUp.Core.Configuration;

namespace FollowUp.Core.Intake;

/// <summary>
/// Files an undertaking under the sector whose words it uses most; then the sentence's other words
/// decide ("In the defence sector, ..."); a tie goes to the sector of the draft before it in the same
/// paragraph, then to the earlier sector in the list; no word at all gives that draft's sector, or the fallback.
/// </summary>
public sealed class SectorClassifier
{
    private readonly (string Name, Regex Pattern)[] _sectors;
    private readonly string _fallback;

    public SectorClassifier(IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sectors = [.. options.EffectiveSectors.Select(s => (s.Name, Pattern(s.Keywords)))];
        _fallback = options.FallbackSector;
    }

    /// <param name="previous">The sector of the draft before this one in the same paragraph, if any.</param>
    public string Classify(Undertaking undertaking, string? previous)
    {
        ArgumentNullException.ThrowIfNull(undertaking);
        return Best(undertaking.Body, previous) ?? Best(undertaking.Sentence.Plain, previous) ?? previous ?? _fallback;
    }

    private string? Best(string text, string? previous)
    {
        var scores = _sectors.Select(s => (s.Name, Score: s.Pattern.Count(text))).Where(s => s.Score > 0).ToList();
        if (scores.Count == 0)
        {
            return null;
        }

        var top = scores.Max(s => s.Score);
        var tied = scores.Where(s => s.Score == top).Select(s => s.Name).ToList();
        return previous is not null && tied.Contains(previous, StringComparer.Ordinal) ? previous : tied[0];
    }

    private static Regex Pattern(IEnumerable<string> keywords)
    {
        var words = keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Regex.Escape(k.Trim()).Replace(@"\ ", @"\s+", StringComparison.Ordinal)).ToList();
        return words.Count == 0
            ? new Regex("(?!)", RegexOptions.CultureInvariant)
            : new Regex(@"\b(?:" + string.Join('|', words.OrderByDescending(w => w.Length)) + @")(?:s|es)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
