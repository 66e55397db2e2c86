using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;

namespace FollowUp.Core.Secretariat;

/// <summary>A commitment and what the workspace says about it at one instant.</summary>
/// <param name="DaysOverdue">Days past the due date for the owner who saw it pass first; 0 unless overdue.</param>
/// <param name="DaysToDue">Days from today (UTC) to the due date; negative once it has passed.</param>
/// <param name="IsSilent">Open, and no update for <c>StaleAfterDays</c> (since it was stored, if never).</param>
/// <param name="IsEscalated">Overdue far enough that the scan escalates it to the secretariat.</param>
/// <param name="Contacts">Each owner's contact health, in the order of <see cref="Commitment.Owners"/>.</param>
public sealed record CommitmentFacts(
    Commitment Commitment,
    bool IsOverdue,
    int DaysOverdue,
    int DaysToDue,
    bool IsSilent,
    bool IsEscalated,
    IReadOnlyList<ContactHealth> Contacts)
{
    /// <summary>Some owner's address is marked bounced, dropped or spam-reporting.</summary>
    public bool IsUndeliverable => Contacts.Any(c => c.IsUndeliverable);
}
