using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// Finds the undertakings of one sentence: splits it into clauses, lets the first rule that matches a
/// clause open an undertaking (and a later cue open another only after a comma, "and", "while" or
/// "with"), splits "agreed to implement X and explore Y" at each verb, and drops what is only a wish
/// to strengthen ties (<see cref="VagueUndertaking"/>).
/// </summary>
public static partial class UndertakingFinder
{
    private static readonly Regex VerbStart = new(
        @"(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+(?:to\s+)?|\s+as well as\s+)(?=(?<verb>" + string.Join('|', VerbForms.AllForms.OrderByDescending(v => v.Length)) + @")\b)|,?\s+and\s+to\s+(?=(?<verb>(?!(?:the|a|an|their|its|other|all|both)\b)[a-z]+)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public static IReadOnlyList<Undertaking> Find(SourceSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<Undertaking>();
        string? lead = null;
        foreach (var (start, end) in Clauses(sentence.Plain))
        {
            var clause = sentence.Plain[start..end];
            var cues = Accepted(clause);
            for (var c = 0; c < cues.Count; c++)
            {
                var (rule, match) = cues[c];
                lead ??= sentence.Plain[..(start + match.Index)];

                // An undertaking ends where the next one's cue begins ("agreed to X and decided to Y").
                var until = c + 1 < cues.Count ? cues[c + 1].Match.Index : clause.Length;
                var bodyStart = match.Groups["body"] is { Success: true } body ? body.Index : match.Index;
                var text = clause[bodyStart..Math.Max(bodyStart, until)];
                text = c + 1 < cues.Count ? TrailingJoin().Replace(text, "") : text;
                var bodyText = rule.Shape switch
                {
                    RuleShape.Invitation => Invitation(c + 1 < cues.Count ? TrailingJoin().Replace(clause[..until], "") : clause[..until], match),
                    RuleShape.Action or RuleShape.Topic => UpToPredicate(text),
                    _ => text.Trim(),
                };
                var isNext = rule.Shape == RuleShape.NextSession || NextSessionHeld().IsMatch(bodyText);
                foreach (var part in rule.Shape == RuleShape.Complement ? SplitVerbs(bodyText) : [bodyText])
                {
                    if (part.Length > 0 && !VagueUndertaking.IsVague(part))
                    {
                        found.Add(new Undertaking(sentence, rule, match.Value.Trim(), part, lead, isNext));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The sentence cut at ";", ", while", ", whereas" and ", with" (which in communiqués starts a new point).</summary>
    private static IEnumerable<(int Start, int End)> Clauses(string plain)
    {
        var start = 0;
        foreach (Match boundary in ClauseBoundary().Matches(plain))
        {
            yield return (start, boundary.Index);
            start = boundary.Index + boundary.Length;
        }

        yield return (start, plain.Length);
    }

    /// <summary>
    /// The cues that open an undertaking: the first in the clause, then each later one that follows a
    /// comma, "and", "while" or "with" (a cue inside an undertaking, "expedite the signing of an MoU", does not).
    /// </summary>
    private static List<(UndertakingRule Rule, Match Match)> Accepted(string clause)
    {
        var accepted = new List<(UndertakingRule Rule, Match Match)>();
        var cues = UndertakingRules.All
            .SelectMany(rule => rule.Pattern.Matches(clause).Select(match => (Rule: rule, Match: match)))
            .OrderBy(c => c.Match.Index);
        foreach (var (rule, match) in cues)
        {
            var previousEnd = accepted.Count == 0 ? -1 : accepted[^1].Match.Index + accepted[^1].Match.Length;
            if ((previousEnd >= 0 && (match.Index < previousEnd || !Separated(clause[previousEnd..match.Index])))
                || PastContext().IsMatch(clause[..match.Index]))
            {
                continue;
            }

            accepted.Add((rule, match));
        }

        return accepted;
    }

    private static bool Separated(string between) => Separator().IsMatch(between);

    /// <summary>"Azerbaijan invited to participate in X" reads as "invite Azerbaijan to participate in X".</summary>
    private static string Invitation(string clause, Match match)
    {
        var subject = Auxiliary().Replace(clause[..match.Index], "").Trim();
        if (CollectiveSubject().IsMatch(subject) || subject.Split(' ').Length > 4)
        {
            subject = "";
        }

        var rest = clause[match.Groups["body"].Index..].Trim();
        return subject.Length == 0 ? rest : $"{subject} {rest}";
    }

    /// <summary>"the creation of new working groups marks a step" is about the groups; the predicate is not.</summary>
    private static string UpToPredicate(string body)
    {
        var predicate = Predicate().Match(body);
        return (predicate.Success && predicate.Index > 0 ? body[..predicate.Index] : body).Trim();
    }

    private static IEnumerable<string> SplitVerbs(string body)
    {
        var first = FirstWord().Match(body).Value;
        var gerund = first.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var start = 0;
        foreach (Match split in VerbStart.Matches(body))
        {
            var verb = split.Groups["verb"].Value;
            if (verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) != gerund || VerbForms.BaseOf(first) is null)
            {
                continue;
            }

            yield return body[start..split.Index].Trim();
            start = split.Index + split.Length;
        }

        yield return body[start..].Trim();
    }

    [GeneratedRegex(@"\s+(?:is|are|was|were|will|would|marks?|marked|has|have|had|remains?|represents?|constitutes?|also)\s+(?:also\s+)?(?:be\s+)?(?:discussed|considered|welcomed|explored|examined|reviewed|a|an|the|\w+ed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Predicate();

    [GeneratedRegex(@";\s*|,\s+(?:while|whereas|with)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"(?:,|\band|\bwhile|\bwhereas|\bwith|\balso)\s*(?:[\w'-]+\s+){0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?<!\b(?:be|been|being)\s+)\b(?:signed|concluded|inked|exchanged|ratified|adopted)\s+(?:[\w'-]+\s+){0,1}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastContext();

    [GeneratedRegex(@"\s*\b(?:were|was|are|is|have been|has been|had been|will be|would be)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"(?:,|\band|\bwhile|\bwhereas|\bwith|\balso)\s*(?:[\w'-]+\s+){0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex(@"^(?:The|Both|They|It|This|These|Each|All|We)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CollectiveSubject();

    [GeneratedRegex(@"^[\w'-]+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(?:to\s+)?(?:hold|holding|convene|convening|host|hosting|organi[sz]e|organi[sz]ing)\s+(?:the\s+|its\s+)?" + UndertakingRules.Ordinals + @"\s+(?:session|meeting|round)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextSessionHeld();
}
