using FollowUp.Core.Commitments;
using FollowUp.Core.Secretariat;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat;

/// <summary>One commitment's page model, its timeline in words.</summary>
internal static class CommitmentViews
{
    public static CommitmentPageModel Page(DetailOutcome.Found found, SecretariatUrls urls, ActionsForm? actions, NoticeView? notice)
    {
        var facts = found.Facts;
        var c = facts.Commitment;
        return new CommitmentPageModel(
            urls.Commitments, c.Id, c.Title, c.Commission, c.Sector, IsoDate.Format(c.DueDate), facts.DaysOverdue,
            StatusLabels.For(c.Status), c.PausedUntil is { } p ? IsoDate.Format(p) : null, c.Progress, c.Description, c.Source, c.EscalationEmail,
            [.. c.Owners.Zip(facts.Contacts).Select(p => new OwnerRow(p.First.Ministry, p.First.Email, p.First.Country, StatusLabels.For(p.First.Role), p.First.TimeZone, DeliveryLabel(p.Second), urls.Owner(p.First.Email)))],
            [.. found.Timeline.Select(Row)],
            actions,
            notice);
    }

    public static IReadOnlyList<ChoiceOption> StatusActions(string? selected) =>
    [
        .. new[] { ("pause", "Pause reminders until a date"), ("cancel", "Cancel"), ("complete", "Mark completed"), ("reopen", "Reopen") }
            .Select(a => new ChoiceOption(a.Item1, a.Item2, a.Item1 == selected)),
    ];

    private static TimelineRow Row(TimelineEntry entry)
    {
        var iso = SecretariatViews.Iso(entry.At);
        var label = SecretariatViews.Label(entry.At);
        return entry switch
        {
            TimelineEntry.Reminder r => new(iso, label, "reminder", r.Sent.Kind == Core.Email.MessageKind.Escalation ? "Escalation sent" : "Reminder sent", r.Sent.To,
                $"{r.Sent.Stage} stage of {IsoDate.Format(r.Sent.StageDate)}, for {IsoDate.Format(r.Sent.LocalDate)} in the recipient's time ({r.Sent.State.ToLowerInvariant()}; {Core.Delivery.DeliveryStates.Name(r.Sent.Delivery)})", null, null),
            TimelineEntry.Delivery d => new(iso, label, "delivery", "Delivery event", d.Sent.To,
                $"SendGrid: {d.Event.Event}, for the {d.Sent.Kind.ToString().ToLowerInvariant()} of {IsoDate.Format(d.Sent.LocalDate)}", d.Event.Reason, null),
            TimelineEntry.Action a => new(iso, label, "action", "Secretariat action", a.Entry.By, Change(a.Entry), a.Entry.Reason, a.Entry.Note),
            TimelineEntry.Import i => new(iso, label, "import", "Import", null, Change(i.Entry), null, i.Entry.Note),
            TimelineEntry.Update u => new(iso, label, "update", "Owner's update", u.Entry.By, Change(u.Entry), null, u.Entry.Note),
            _ => throw new InvalidOperationException("Unknown timeline entry."),
        };
    }

    /// <summary>How a contact's health reads on a page: its state, and SendGrid's reason when mail no longer reaches it.</summary>
    public static string DeliveryLabel(Core.Delivery.ContactHealth health) =>
        health.IsUndeliverable && health.Reason is { Length: > 0 } reason ? $"{health.StateName}: {reason}" : health.StateName;

    private static string Change(ProgressEntry e)
    {
        var status = e.OldStatus == e.NewStatus ? $"status {StatusLabels.For(e.NewStatus)} (unchanged)" : $"status {StatusLabels.For(e.OldStatus)} → {StatusLabels.For(e.NewStatus)}";
        var progress = e.OldProgress == e.NewProgress ? $"progress {e.NewProgress}% (unchanged)" : $"progress {e.OldProgress}% → {e.NewProgress}%";
        var due = e.NewDueDate is { } n ? $"; due date {(e.OldDueDate is { } o ? IsoDate.Format(o) : "none")} → {IsoDate.Format(n)}" : "";
        return $"{char.ToUpperInvariant(status[0])}{status[1..]}; {progress}{due}";
    }
}
