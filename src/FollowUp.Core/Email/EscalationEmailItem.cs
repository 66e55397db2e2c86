namespace FollowUp.Core.Email;

/// <summary>One escalated commitment in <see cref="EscalationEmailModel"/>: where it stands and whose it is. No links.</summary>
/// <param name="OverdueText">e.g. "Overdue by 15 days".</param>
/// <param name="Owners">The owners whose reminders escalated it.</param>
/// <param name="LastReport">The last report's date and author, e.g. "2 March 2026 by Ministry of Commerce (trade@commerce.gov.pk)"; <c>null</c> before the first.</param>
/// <param name="LastNote">What the last report said; <c>null</c> when it said nothing.</param>
/// <param name="Unreachable">Owners whose address SendGrid marked undeliverable: FollowUp sends them nothing until it is mended.</param>
public sealed record EscalationEmailItem(
    string CommitmentId,
    string Title,
    string Commission,
    string DueDate,
    string OverdueText,
    string Status,
    int Progress,
    IReadOnlyList<EscalationEmailOwner> Owners,
    bool HasReport,
    string? LastReport,
    string? LastNote,
    IReadOnlyList<EscalationEmailUnreachable> Unreachable)
{
    public bool HasUnreachable => Unreachable.Count > 0;
}
