using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Links;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Secretariat.Schedule;

/// <summary>
/// What goes out next: the scan's own planning (<see cref="ScanPlanning"/>: the same policy, clocks,
/// digest planner and ledger reads), run at each of the scan's schedule occurrences over the coming
/// days, against a <see cref="ProjectedLedger"/> that counts each planned message as sent. Assumes
/// nothing changes meanwhile: no update, import, bounce or action.
/// </summary>
public sealed class SendSchedule(
    ICommitmentStore store,
    ISendLedger ledger,
    ReminderPolicy policy,
    UpdateLinkBuilder links,
    IOptions<FollowUpOptions> options,
    TimeProvider time)
{
    public const int Days = 7;

    public Task<SchedulePlan> ShowAsync(CancellationToken cancellationToken = default) => PlanAsync(time.GetUtcNow(), cancellationToken);

    /// <summary>The plan as of <paramref name="asOf"/>, whatever the clock says.</summary>
    public async Task<SchedulePlan> PlanAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var expression = options.Value.ScanSchedule;
        if (!CronSchedules.TryParse(expression, out var cron))
        {
            throw new InvalidOperationException(CronSchedules.Problem("FollowUp:ScanSchedule", expression));
        }

        var open = new List<Commitment>();
        await foreach (var commitment in store.QueryAsync(openOnly: true, cancellationToken).ConfigureAwait(false))
        {
            open.Add(commitment);
        }

        var projected = new ProjectedLedger(ledger);
        // The scan logs what it passes over; planning ahead would log the same address at every occurrence.
        var planning = new ScanPlanning(store, projected, policy, links, NullLogger.Instance);
        var messages = new List<ScheduledMessage>();
        var held = new HashSet<(string, DateOnly)>();
        var skipped = new Dictionary<(string, MessageKind), SkippedAddress>();
        var until = asOf.AddDays(Days);
        var lastSlot = long.MinValue;
        foreach (var occurrence in cron.GetNextOccurrences(asOf.UtcDateTime, until.UtcDateTime))
        {
            // Every zone's offset is a whole number of quarter hours, so within one UTC quarter hour no
            // owner's date, hour or working day changes: a second scan in it finds nothing the first did not.
            var slot = occurrence.Ticks / (TimeSpan.TicksPerMinute * 15);
            if (slot == lastSlot)
            {
                continue;
            }

            lastSlot = slot;
            var at = new DateTimeOffset(DateTime.SpecifyKind(occurrence, DateTimeKind.Utc));
            var plan = await planning.PlanAsync(at, "schedule", Stream(open, cancellationToken), cancellationToken).ConfigureAwait(false);
            foreach (var (digest, read) in plan.Digests.Where(d => !d.Read.DayTaken))
            {
                messages.Add(new(at, MessageKind.Digest, digest.To, digest.Ministry, digest.TimeZone, digest.LocalDate,
                    [.. digest.Items.Select(i => new ScheduledItem(i.Commitment.Id, i.Commitment.Title, i.Stage, i.StageDate, i.Escalated))]));
                projected.Record(LedgerEntry.For(digest));
            }

            foreach (var (escalation, read) in plan.Escalations.Where(e => !e.Read.DayTaken))
            {
                messages.Add(new(at, MessageKind.Escalation, escalation.To, "", escalation.TimeZone, escalation.LocalDate,
                    [.. escalation.Items.Select(i => new ScheduledItem(i.Commitment.Id, i.Commitment.Title, ReminderStage.Overdue, i.StageDate, true))]));
                projected.Record(LedgerEntry.For(escalation));
            }

            foreach (var (contact, owed) in plan.Held)
            {
                var first = owed[0];
                if (held.Add((EmailAddresses.Canonical(first.Owner.Email), first.Clock.Today)))
                {
                    messages.Add(new(at, MessageKind.Digest, first.Owner.Email, first.Owner.Ministry, first.Clock.TimeZone, first.Clock.Today,
                        [.. owed.Select(c => new ScheduledItem(c.Commitment.Id, c.Commitment.Title, c.Stage, c.StageDate, c.Escalated))], contact));
                }
            }

            foreach (var skip in plan.Skipped)
            {
                skipped.TryAdd((EmailAddresses.Canonical(skip.Address), skip.Kind), skip);
            }
        }

        return new SchedulePlan(asOf, until, expression, messages, [.. skipped.Values]);
    }

    private static async IAsyncEnumerable<Commitment> Stream(List<Commitment> open, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var commitment in open)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return commitment;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
