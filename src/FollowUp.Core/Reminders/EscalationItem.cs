using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;

namespace FollowUp.Core.Reminders;

/// <summary>One escalated commitment in an <see cref="Escalation"/>.</summary>
/// <param name="StageDate">The overdue stage's date that escalated it; with the commitment id it names the nudge in the send ledger.</param>
/// <param name="DaysOverdue">Days past the due date on the escalation's local date.</param>
/// <param name="Owners">The owners whose reminders escalated it: whose it is. Their addresses are for the reader; no links.</param>
public sealed record EscalationItem(
    Commitment Commitment,
    DateOnly StageDate,
    int DaysOverdue,
    IReadOnlyList<ResponsibleParty> Owners)
{
    /// <summary>Owners of the commitment whose address SendGrid marked undeliverable: the scan sends them nothing, so the reader must reach them.</summary>
    public IReadOnlyList<ContactHealth> Unreachable { get; init; } = [];
}
