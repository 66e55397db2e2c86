namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>One proposed commitment on the review page: what the text gave, why, and what is still to fill.</summary>
internal sealed record DraftView(
    string Id,
    string Title,
    string Sector,
    string? DueIso,
    string DueLabel,
    string Parties,
    int SentenceNumber,
    string SentenceText,
    string Rule,
    string RuleExplains,
    string Cue,
    string Source,
    IReadOnlyList<string> ToFill);
