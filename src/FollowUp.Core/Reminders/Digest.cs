namespace FollowUp.Core.Reminders;

/// <summary>The one email an owner address receives on one local day.</summary>
/// <param name="LocalDate">The owner's calendar date the digest is for.</param>
/// <param name="Cc">Escalation copies (secretariat and escalation contacts); empty unless an item is escalated.</param>
/// <param name="Items">Overdue first, then due, upcoming and stale; never empty.</param>
public sealed record Digest(
    string To,
    string Ministry,
    string TimeZone,
    DateOnly LocalDate,
    IReadOnlyList<string> Cc,
    IReadOnlyList<DigestItem> Items);
