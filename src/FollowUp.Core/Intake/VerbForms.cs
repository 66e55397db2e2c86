namespace FollowUp.Core.Intake;

/// <summary>
/// The action verbs that start an undertaking ("implement", "explore"), with their -ing forms, so a
/// title can always start with the plain verb and a list of undertakings can be split at each verb.
/// </summary>
public static class VerbForms
{
    private static readonly string[] Bases =
    [
        "accelerate", "advance", "carry", "give", "keep", "look", "make", "put", "seek", "speed", "appoint", "arrange", "assess", "begin", "boost", "bring", "build", "complete", "conclude",
        "conduct", "connect", "consider", "construct", "continue", "convene", "cooperate", "collaborate", "create", "deepen", "deploy",
        "designate", "develop", "double", "draft", "eliminate", "encourage", "enhance", "ensure", "establish", "examine",
        "exchange", "expand", "expedite", "explore", "extend", "facilitate", "finalise", "finalize", "focus", "form", "harmonise",
        "harmonize", "hold", "host", "identify", "implement", "improve", "increase", "initiate", "institutionalise", "institutionalize",
        "introduce", "invest", "join", "launch", "link", "modernise", "modernize", "negotiate", "open", "operationalise",
        "operationalize", "organise", "organize", "participate", "prepare", "promote", "provide", "pursue", "raise", "reduce", "remove",
        "restore", "resume", "review", "revive", "set", "share", "sign", "simplify", "stage", "start", "strengthen", "study", "submit",
        "support", "take", "train", "triple", "undertake", "upgrade", "work",
    ];

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["begin"] = "beginning",
        ["set"] = "setting",
        ["put"] = "putting",
    };

    private static readonly Dictionary<string, string> Participles = new(StringComparer.Ordinal)
    {
        ["held"] = "hold",
        ["set"] = "set",
        ["built"] = "build",
        ["made"] = "make",
        ["begun"] = "begin",
        ["undertaken"] = "undertake",
        ["taken"] = "take",
        ["given"] = "give",
        ["brought"] = "bring",
        ["sought"] = "seek",
        ["put"] = "put",
    };

    private static readonly Dictionary<string, string> ToBase = Build();

    /// <summary>Every base and -ing form, for the rules' patterns.</summary>
    public static IReadOnlyCollection<string> AllForms => ToBase.Keys;

    /// <summary>The plain verb of <paramref name="word"/> ("accelerating" gives "accelerate"), or <c>null</c> if it is not one of ours.</summary>
    public static string? BaseOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return ToBase.GetValueOrDefault(word.ToLowerInvariant());
    }

    /// <summary>The plain verb of a past participle ("organised", "held", "set up"), or <c>null</c>.</summary>
    public static string? BaseOfParticiple(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (Participles.TryGetValue(lower, out var irregular))
        {
            return irregular;
        }

        foreach (var candidate in (string[])[lower[..^1], lower.Length > 2 ? lower[..^2] : lower])
        {
            if (lower.EndsWith('d') && ToBase.TryGetValue(candidate, out var verb) && verb == candidate)
            {
                return verb;
            }
        }

        return null;
    }

    public static string Gerund(string verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        if (Irregular.TryGetValue(verb, out var irregular))
        {
            return irregular;
        }

        return verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] + "ing" : verb + "ing";
    }

    private static Dictionary<string, string> Build()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var verb in Bases)
        {
            forms[verb] = verb;
            forms[Gerund(verb)] = verb;
        }

        return forms;
    }
}
