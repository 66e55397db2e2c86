using FollowUp.Core.Commitments;

namespace FollowUp.Core.Snapshots;

/// <summary>
/// Freezes one commitment as it stood at an instant. Status, progress and the due date are replayed
/// backwards from the current state through the history lines written after the instant; the last
/// update, notes, moves and completion come from the lines at or before it; reminders from the send
/// ledger's rows claimed by then. What no history line records (titles, sectors, owners, a due date an
/// import changed) is taken as it is now.
/// </summary>
public static class SnapshotRowBuilder
{
    /// <returns><c>null</c> when the commitment was created after <paramref name="asOf"/>.</returns>
    public static SnapshotCommitment? Build(CommitmentRecord record, IEnumerable<ReminderSend> sends, DateTimeOffset asOf, SnapshotDelivery? delivery)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(sends);
        var current = record.Commitment;
        if (current.CreatedAt is { } created && created > asOf)
        {
            return null;
        }

        var (status, progress, due) = (current.Status, current.Progress, current.DueDate);
        var kept = new List<ProgressEntry>(record.History.Count);
        foreach (var line in record.History)
        {
            if (line.At > asOf)
            {
                // Newest first: the last line undone is the earliest after the instant, whose old values held then.
                (status, progress) = (line.OldStatus, line.OldProgress);
                if (line is { OldDueDate: { } old, NewDueDate: not null })
                {
                    due = old;
                }
            }
            else
            {
                kept.Add(line);
            }
        }

        var then = current with { Status = status, Progress = progress, DueDate = due };
        var ownerLines = kept.Where(l => l.Source == ProgressSource.Owner).ToList();
        var notes = ownerLines.Where(l => !string.IsNullOrEmpty(l.Note)).Select(l => new SnapshotNote(l.At.ToUniversalTime(), l.By, l.Note!)).ToList();
        var sent = sends.Where(s => s.At <= asOf).ToList();

        return new SnapshotCommitment(
            current.Id,
            current.Commission,
            current.Title,
            current.Sector,
            due,
            status,
            progress,
            CommitmentCalendar.IsOverdue(then, asOf),
            then.IsOpen ? Math.Max(0, then.Owners.Select(o => CommitmentCalendar.LocalDate(o, asOf).DayNumber - due.DayNumber).DefaultIfEmpty(0).Max()) : 0,
            status == CommitmentStatus.Completed
                ? kept.FirstOrDefault(l => l is { NewStatus: CommitmentStatus.Completed, OldStatus: not CommitmentStatus.Completed })?.At.ToUniversalTime()
                : null,
            [.. current.Owners.Select(o => Owner(o, sent, ownerLines))],
            LastUpdateAt(current, ownerLines, asOf),
            [.. notes.Take(SnapshotCommitment.MaxNotes)],
            Math.Max(0, notes.Count - SnapshotCommitment.MaxNotes),
            [.. kept.Where(l => l is { OldDueDate: not null, NewDueDate: not null }).Reverse()
                .Select(l => new DueDateMove(l.At.ToUniversalTime(), l.By, l.OldDueDate!.Value, l.NewDueDate!.Value, l.Reason))],
            delivery);
    }

    private static LastUpdate? LastUpdateAt(Commitment current, List<ProgressEntry> ownerLines, DateTimeOffset asOf)
    {
        if (current.LastUpdate is { } last && last.At <= asOf)
        {
            return last with { At = last.At.ToUniversalTime() };
        }

        return ownerLines.FirstOrDefault() is { } line ? new LastUpdate(line.At.ToUniversalTime(), line.By, line.Note) : null;
    }

    private static SnapshotOwner Owner(ResponsibleParty owner, List<ReminderSend> sent, List<ProgressEntry> ownerLines)
    {
        var reminders = sent.Where(s => EmailAddresses.AreSame(s.Address, owner.Email)).Select(s => s.At).Order().ToList();
        var reports = ownerLines.Where(l => EmailAddresses.AreSame(l.By, owner.Email)).Select(l => l.At).Order().ToList();
        var answered = 0;
        for (var i = 0; i < reminders.Count; i++)
        {
            var from = reminders[i];
            var until = i + 1 < reminders.Count ? reminders[i + 1] : DateTimeOffset.MaxValue;
            if (reports.Exists(r => r >= from && r < until))
            {
                answered++;
            }
        }

        DateTimeOffset? lastReport = reports.Count > 0 ? reports[^1].ToUniversalTime() : null;
        var unanswered = lastReport is { } after ? reminders.Count(r => r > after) : reminders.Count;
        return new SnapshotOwner(
            owner.Ministry,
            owner.Email,
            owner.TimeZone,
            owner.Role,
            OwnerCountry.Of(owner),
            reminders.Count,
            answered,
            unanswered,
            reminders.Count > 0 ? reminders[^1].ToUniversalTime() : null,
            lastReport);
    }
}
