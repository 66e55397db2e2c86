using FollowUp.Core.Delivery;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat;

/// <summary>One commitment with its whole timeline: its history rows merged with what the ledger sent about it and what SendGrid said of those messages.</summary>
public sealed class CommitmentDetail(
    ICommitmentStore store,
    ISentReminders reminders,
    IContactHealthStore health,
    CommitmentAssessor assessor,
    ReminderPolicy policy,
    TimeProvider time)
{
    /// <summary>History lines read for a timeline; a commitment gets a handful a month.</summary>
    public const int MaxHistory = 500;

    public async Task<DetailOutcome> ShowAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } commitment)
        {
            return new DetailOutcome.NotFound();
        }

        var history = await store.GetHistoryAsync(commitment.Id, MaxHistory, cancellationToken).ConfigureAwait(false);
        IEnumerable<string> addresses = commitment.Owners.Select(o => o.Email);
        if (policy.EscalationCc is { Length: > 0 } cc)
        {
            addresses = addresses.Append(cc);
        }

        if (commitment.EscalationEmail is { Length: > 0 } escalation)
        {
            addresses = addresses.Append(escalation);
        }

        var sent = await reminders.ForCommitmentAsync(commitment, addresses, cancellationToken).ConfigureAwait(false);
        var timeline = history.Select(TimelineEntry.For)
            .Concat(sent.Select(s => (TimelineEntry)new TimelineEntry.Reminder(s)))
            .Concat(sent.SelectMany(s => s.Events.Select(e => (TimelineEntry)new TimelineEntry.Delivery(s, e))))
            .OrderByDescending(e => e.At)
            .ToList();
        var contacts = await ContactBook.ReadAsync(health, commitment.Owners.Select(o => o.Email), cancellationToken).ConfigureAwait(false);
        return new DetailOutcome.Found(assessor.Assess(commitment, time.GetUtcNow(), contacts), timeline);
    }
}
