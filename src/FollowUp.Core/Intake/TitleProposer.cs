using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// A title from the undertaking's own words: the plain verb first ("accelerating an MoU" gives
/// "Accelerate an MoU"), a noun that names an action turned into its verb, a clause about the past
/// (", signed in July 2024") left out, and at most <see cref="MaxLength"/> characters.
/// </summary>
public static partial class TitleProposer
{
    public const int MaxLength = 160;

    private static readonly Dictionary<string, string> ActionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["collaboration"] = "Collaborate",
        ["cooperation"] = "Cooperate",
        ["co-operation"] = "Cooperate",
        ["creation"] = "Create",
        ["establishment"] = "Establish",
        ["formation"] = "Form",
        ["implementation"] = "Implement",
        ["signing"] = "Sign",
        ["conclusion"] = "Conclude",
        ["finalisation"] = "Finalise",
        ["finalization"] = "Finalize",
        ["development"] = "Develop",
        ["expansion"] = "Expand",
        ["promotion"] = "Promote",
        ["opening"] = "Open",
    };

    public static string Propose(Undertaking undertaking)
    {
        ArgumentNullException.ThrowIfNull(undertaking);
        var text = PastInsert().Replace(undertaking.Body, "");
        text = Trailing().Replace(text, "").Trim();
        text = Leading().Replace(text, "");

        text = undertaking.Rule.Shape switch
        {
            RuleShape.Invitation => "Invite " + text,
            RuleShape.NextSession => NextSession(text),
            RuleShape.Passive => "Sign " + LowerFirst(ToBeDone().Replace(text, "").Trim()),
            RuleShape.Topic => FromNoun(text),
            _ => FromFirstWord(Active(text)),
        };

        return Shorten(text);
    }

    private static string FromFirstWord(string text)
    {
        var first = FirstWord().Match(text);
        if (!first.Success)
        {
            return Capitalised(text);
        }

        var rest = text[first.Length..];
        if (VerbForms.BaseOf(first.Value) is { } verb)
        {
            return Capitalised(verb) + rest;
        }

        // "creation of new working groups" reads better as "Create new working groups".
        if (ActionNouns.TryGetValue(first.Value, out var action))
        {
            return action + OfAfterAction().Replace(rest, " ", 1);
        }

        return Capitalised(text);
    }

    /// <summary>"A business forum would be organised in Istanbul" reads as "Organise a business forum in Istanbul".</summary>
    private static string Active(string text)
    {
        var passive = PassiveClause().Match(text);
        if (!passive.Success || VerbForms.BaseOfParticiple(passive.Groups["verb"].Value) is not { } verb)
        {
            return text;
        }

        var subject = passive.Groups["subject"].Value;
        return $"{verb} {char.ToLowerInvariant(subject[0])}{subject[1..]}{passive.Groups["rest"].Value}";
    }

    private static string FromNoun(string text)
    {
        var first = FirstWord().Match(text);
        return first.Success && ActionNouns.TryGetValue(first.Value, out var action)
            ? action + OfAfterAction().Replace(text[first.Length..], " ", 1)
            : Capitalised(text);
    }

    private static string NextSession(string text)
    {
        var session = SessionName().Match(text);
        var name = session.Success ? session.Value.Trim() : "next session";
        var place = Place().Match(text[(session.Success ? session.Index + session.Length : 0)..]);
        return place.Success ? $"Hold the {name} in {place.Groups[1].Value}" : $"Hold the {name}";
    }

    private static string Shorten(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ' ') + "\u2026";
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@",\s*(?:which\s+was\s+|that\s+was\s+)?(?:signed|held|concluded|adopted|launched|established|agreed|ratified|approved|initialled|initialed)\b[^,]*(?:,|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastInsert();

    [GeneratedRegex(@"[\s.,;:!?""']+$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(?:[""'(]+\s*|also\s+|to\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex(@"^[\w'-]+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"\s+(?:will|would|are to|is to|to)\s+be\s+\w+\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToBeDone();

    [GeneratedRegex(@"^(?<subject>(?:an?|the)\s+[^,]{1,80}?)\s+(?:would|will|should|shall|is to|are to|be)\s+(?:be\s+)?(?<verb>[a-z]+)\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PassiveClause();

    [GeneratedRegex(@"^\s+of\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OfAfterAction();

    [GeneratedRegex(UndertakingRules.Ordinals + @"\s+(?:session|meeting|round)(?:\s+of\s+the\s+(?-i:(?:[A-Z][\w'-]*\s*)+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SessionName();

    [GeneratedRegex(@"\bin\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)\b(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December))", RegexOptions.CultureInvariant)]
    private static partial Regex Place();
}
