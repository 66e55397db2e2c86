namespace FollowUp.Core.Intake;

/// <summary>
/// The action verbs that start an undertaking ("implement", "explore"), with their -ing forms, so a
/// title can always start with the plain verb and a list of undertakings can be split at each verb.
/// </summary>
public static class VerbForms
{
    private static readonly string[] Bases =
    [
        "accelerate", "advance", "appoint", "arrange", "assess", "begin", "boost", "bring", "build", "complete", "conclude",
        "conduct", "connect", "consider", "construct", "continue", "convene", "cooperate", "collaborate", "create", "deepen", "deploy",
        "designate", "develop", "double", "draft", "eliminate", "encourage", "enhance", "ensure", "establish", "examine",
        "exchange", "expand", "expedite", "explore", "extend", "facilitate", "finalise", "finalize", "focus", "form", "harmonise",
        "harmonize", "hold", "host", "identify", "implement", "improve", "increase", "initiate", "institutionalise", "institutionalize",
        "introduce", "invest", "join", "launch", "link", "modernise", "modernize", "negotiate", "open", "operationalise",
        "operationalize", "organise", "organize", "participate", "prepare", "promote", "provide", "pursue", "raise", "reduce", "remove",
        "resume", "review", "revive", "set", "share", "sign", "simplify", "stage", "start", "strengthen", "study", "submit",
        "support", "take", "train", "triple", "undertake", "upgrade", "work",
    ];

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["begin"] = "beginning",
        ["set"] = "setting",
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
