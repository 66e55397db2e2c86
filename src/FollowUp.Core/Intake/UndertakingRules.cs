using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// The rules, in words and as patterns over a sentence's plain text (case ignored). docs/intake.md
/// lists them with what each found and missed on the measured documents.
/// </summary>
public static class UndertakingRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public const string Ordinals = @"(?:next|following|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\w+|\d{1,2}(?:st|nd|rd|th))";

    private const string Documents = @"(?:MoUs?|memorand(?:um|a)(?: of understanding)?|agreements?|protocols?|treat(?:y|ies)|accords?|road ?maps?|action plans?|programmes?|programs?|frameworks?|contracts?|conventions?)";

    private const string Events = @"(?:exhibitions?|forums?|fora|conferences?|exchanges?|visits?|meetings?|weeks?|festivals?|fairs?|roadshows?|summits?|seminars?|workshops?|days|expos?|missions?|shows?|dialogues?|consultations?|tournaments?|games|rounds?)";

    private const string Bodies = @"(?:working groups?|committees?|task forces?|councils?|sub-?commissions?|centres?|centers?|hubs?|zones?|funds?|platforms?|mechanisms?|offices?|chambers?|corridors?|groups?)";

    private static readonly string Verbs = "(?:" + string.Join('|', VerbForms.AllForms.OrderByDescending(v => v.Length)) + ")";

    public static IReadOnlyList<UndertakingRule> All { get; } =
    [
        new("next-session", "the next (or a numbered) session is scheduled, to be held, to take place", RuleShape.NextSession,
            new Regex($@"\b{Ordinals}\s+(?:session|meeting|round)\b[^.;]{{0,80}}?\b(?:will|shall|is to|are to|is scheduled|are scheduled|scheduled|to be held|to take place|to be convened|to convene|planned|would be held)\b", Options)),
        new("agreed-to", "agreed to / on / that, agreement(s) to, it was agreed", RuleShape.Complement,
            new Regex(@"\b(?:(?:have\s+|had\s+|also\s+|further\s+)?agreed|agree|agreeing|agreements?|reached (?:an? )?(?:agreement|understanding|consensus))\s+(?:in principle\s+)?(?:to|on|upon|that)\s+(?<body>)", Options)),
        new("committed-to", "committed to, commitment(s) to", RuleShape.Complement,
            new Regex(@"\b(?:committed|commit|commits|committing|commitments?)\s+(?:themselves\s+|itself\s+)?to\s+(?<body>)", Options)),
        new("pledged-to", "pledged, undertook, vowed or promised to", RuleShape.Complement,
            new Regex(@"\b(?:pledged|pledge|pledges|undertook|undertake|undertakes|vowed|promised)\s+to\s+(?<body>)", Options)),
        new("decided-to", "decided or resolved to / that", RuleShape.Complement,
            new Regex(@"\b(?:decided|decide|decides|resolved)\s+(?:to|that)\s+(?<body>)", Options)),
        new("aim-to", "aim, seek or intend to; expressed readiness, willingness or interest to / in; set a target of", RuleShape.Complement,
            new Regex(@"\b(?:aim|aims|aimed|aiming|seek|seeks|sought|intend|intends|intended|expressed\s+(?:their\s+|its\s+|the\s+|a\s+|mutual\s+)*(?:readiness|willingness|intention|desire|interest)|(?:are|were|is)\s+ready|set\s+(?:a|the)\s+(?:new\s+)?(?:target|goal))\s+(?:to|in|of)\s+(?<body>)", Options)),
        new("will-do", "the sides will or shall do something", RuleShape.Complement,
            new Regex($@"\b(?:will|shall)\s+(?:also\s+|jointly\s+|further\s+|soon\s+)?(?<body>){Verbs}\b", Options)),
        new("document-to-sign", "an MoU, agreement or protocol to be signed, finalised or concluded", RuleShape.Passive,
            new Regex($@"\b(?<body>)(?:(?:an?|the)\s+)?{Documents}\b[^.;]{{0,80}}?\b(?:will|would|are to|is to|to)\s+be\s+(?:signed|finali[sz]ed|concluded|initialled|initialed)\b", Options)),
        new("sign-document", "signing, concluding or finalising an MoU, agreement or protocol", RuleShape.Action,
            new Regex($@"\b(?<body>)(?:sign|signing|conclude|concluding|conclusion of|finali[sz]e|finali[sz]ing|finali[sz]ation of|early conclusion of)\b[^.;,]{{0,40}}?\b{Documents}\b", Options)),
        new("advance-project", "advancing, expediting, completing or launching a project", RuleShape.Action,
            new Regex(@"\b(?<body>)(?:advanc(?:e|ing)|expedit(?:e|ing)|accelerat(?:e|ing)|fast-track(?:ing)?|complet(?:e|ing)|implement(?:ing)?|launch(?:ing)?|execut(?:e|ing)|reviv(?:e|ing)|build(?:ing)?|construct(?:ing)?)\b[^.;,]{0,80}?\bprojects?\b", Options)),
        new("hold-event", "holding, organising or hosting an exhibition, forum, visit or other event", RuleShape.Action,
            new Regex($@"\b(?<body>)(?:hold|holding|organi[sz]e|organi[sz]ing|host|hosting|convene|convening|arrange|arranging|stage|staging)\s+(?:[\w'-]+\s+){{0,5}}?{Events}\b", Options)),
        new("create-body", "creating or setting up a working group, committee, centre, zone or fund", RuleShape.Action,
            new Regex($@"\b(?<body>)(?:creation|establishment|formation|setting up|set up|establish|establishing|create|creating|form|forming|constitute|constituting|launch|launching|opening|open)\s+(?:of\s+)?(?:[\w'-]+\s+){{0,5}}?{Bodies}\b", Options)),
        new("invited-to", "a party invited or encouraged to take part", RuleShape.Invitation,
            new Regex(@"\b(?:invited|encouraged|welcomed)\s+(?<body>)(?:[\w'-]+\s+){0,4}?to\s+(?:participate|invest|join|take part|contribute|open|set up)\b", Options)),
        new("directed-to", "directed, instructed or tasked officials or governments to", RuleShape.Complement,
            new Regex(@"\b(?:directed|instructed|tasked|mandated)\s+(?:[\w'-]+\s+){0,4}?to\s+(?<body>)", Options)),
        new("called-for", "called for or urged", RuleShape.Complement,
            new Regex(@"\b(?:called|call|calls)\s+for\s+(?<body>)|\burged\s+(?<body>)", Options)),
        new("importance-of", "stressed or emphasised the importance of / need for", RuleShape.Topic,
            new Regex(@"\b(?:emphasi[sz]ed|emphasi[sz]ing|stressed|stressing|underlined|highlighted|underscored|noted)\s+(?:the\s+)?(?:importance|need|necessity|significance)\s+(?:of|for|to)\s+(?<body>)", Options)),
        new("plans-for", "plans for / to (discussed or agreed)", RuleShape.Topic,
            new Regex(@"\bplans?\s+(?:for|to)\s+(?<body>)", Options)),
        new("welcomed-proposal", "welcomed a proposal, offer or initiative to / for", RuleShape.Topic,
            new Regex(@"\bwelcomed\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?(?:proposal|offer|initiative|idea)\s+(?:to|for|of)\s+(?<body>)", Options)),
    ];
}
