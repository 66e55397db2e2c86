using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// Works out <see cref="CommitmentFacts"/> with the rules the scan uses: overdue by
/// <see cref="CommitmentCalendar"/>, escalated by <see cref="ReminderPolicy"/>, silence by its
/// <c>StaleAfterDays</c>.
/// </summary>
public sealed class CommitmentAssessor(ReminderPolicy policy)
{
    public int StaleAfterDays => policy.StaleAfterDays;

    public CommitmentFacts Assess(Commitment commitment, DateTimeOffset now, ContactBook? contacts = null)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var overdue = CommitmentCalendar.IsOverdue(commitment, now);
        var daysOverdue = overdue
            ? commitment.Owners.Max(o => CommitmentCalendar.LocalDate(o, now).DayNumber) - commitment.DueDate.DayNumber
            : 0;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var since = commitment.LastUpdate?.At ?? commitment.CreatedAt;
        var silent = commitment.IsOpen && since is { } at && now - at >= TimeSpan.FromDays(policy.StaleAfterDays);
        var escalated = overdue && commitment.Owners.Any(o => policy.FindCandidate(commitment, o, now) is { Escalated: true });
        var book = contacts ?? ContactBook.Empty;
        return new(commitment, overdue, daysOverdue, commitment.DueDate.DayNumber - today.DayNumber, silent, escalated, [.. commitment.Owners.Select(o => book.For(o.Email))]);
    }
}
