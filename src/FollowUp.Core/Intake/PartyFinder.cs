using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// The parties of an undertaking: the countries its own words name; or, when it speaks of "both
/// sides", "the two countries" or names none, the commission's parties (the first sentence that
/// names two countries, usually the title or the opening line).
/// </summary>
public static partial class PartyFinder
{
    private static readonly (Country Country, Regex Pattern)[] Patterns =
        [.. Countries.All.Select(c => (c, new Regex(@"\b(?:" + string.Join('|', c.Names.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant)))];

    public static IReadOnlyList<Country> Named(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Patterns
            .Select(p => (p.Country, Match: p.Pattern.Match(text)))
            .Where(p => p.Match.Success)
            .OrderBy(p => p.Match.Index)
            .Select(p => p.Country)];
    }

    public static IReadOnlyList<Country> OfDocument(IReadOnlyList<SourceSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            if (Named(sentence.Plain) is { Count: >= 2 } named)
            {
                return named;
            }
        }

        return [.. sentences.SelectMany(s => Named(s.Plain)).GroupBy(c => c).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key)];
    }

    public static IReadOnlyList<Country> Of(Undertaking undertaking, IReadOnlyList<Country> documentParties)
    {
        ArgumentNullException.ThrowIfNull(undertaking);
        ArgumentNullException.ThrowIfNull(documentParties);
        var named = Named(undertaking.Body);
        if (named.Count > 0 && !Collective().IsMatch(undertaking.Lead))
        {
            return named;
        }

        return [.. documentParties.Concat(named).Distinct()];
    }

    [GeneratedRegex(@"\b(?:both|two|the sides|the parties|they|leaders|ministers|co-chairs|delegations)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Collective();
}
