namespace FollowUp.Core.Email;

/// <summary>One commitment in <see cref="DigestEmailModel"/>, worded for the reader.</summary>
/// <param name="Stage">The machine name of the stage (<c>overdue</c>, <c>due</c>, <c>upcoming</c>, <c>stale</c>), for styling.</param>
/// <param name="StageText">The stage in words, e.g. "Overdue by 15 days".</param>
/// <param name="Counterparts">The other ministries that answer for the same commitment.</param>
/// <param name="Escalated">The item is escalated: the secretariat and the escalation contact are told in a message of their own.</param>
/// <param name="EscalationNotice">What the owner is told about that; <c>null</c> unless <paramref name="Escalated"/>.</param>
/// <param name="UpdateLink">The owner's own signed link; it carries a token, so it is never logged.</param>
public sealed record DigestEmailItem(
    string CommitmentId,
    string Title,
    string Commission,
    string DueDate,
    string Status,
    int Progress,
    string Stage,
    string StageText,
    IReadOnlyList<string> Counterparts,
    bool Escalated,
    string? EscalationNotice,
    string UpdateLink);
