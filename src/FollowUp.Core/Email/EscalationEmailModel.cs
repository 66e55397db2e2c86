namespace FollowUp.Core.Email;

/// <summary>The escalation message as its templates see it: every value already worded for a reader.</summary>
/// <param name="LocalDate">The date the message is for, e.g. "16 March 2026".</param>
public sealed record EscalationEmailModel(
    string Subject,
    string Heading,
    string Preheader,
    string LocalDate,
    int ItemCount,
    IReadOnlyList<EscalationEmailItem> Items);
