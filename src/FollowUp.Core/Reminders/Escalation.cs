namespace FollowUp.Core.Reminders;

/// <summary>
/// The one escalation message a copied address (the secretariat's <c>EscalationCc</c>, or a
/// commitment's escalation contact) receives on one local day: which commitments are escalated,
/// whose they are and where they stand. It carries no owner's link: links are personal.
/// </summary>
/// <param name="LocalDate">The date, in <paramref name="TimeZone"/>, the message is for; it names its row in the send ledger.</param>
/// <param name="Items">Most overdue first; never empty, never more than <see cref="Digest.MaxItems"/>.</param>
public sealed record Escalation(
    string To,
    string TimeZone,
    DateOnly LocalDate,
    IReadOnlyList<EscalationItem> Items);
