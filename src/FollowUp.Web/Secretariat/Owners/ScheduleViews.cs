using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Secretariat.Schedule;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>The schedule's page model: messages grouped by recipient, in the order their first one goes out.</summary>
internal static class ScheduleViews
{
    public static SchedulePageModel Page(SchedulePlan plan, SecretariatUrls urls)
    {
        IReadOnlyList<ScheduleOwnerView> Group(MessageKind kind) =>
        [
            .. plan.Messages.Where(m => m.Kind == kind)
                .GroupBy(m => m.To, EmailAddresses.Comparer)
                .Select(g => new ScheduleOwnerView(
                    g.First().Name.Length > 0 ? g.First().Name : g.First().To,
                    g.First().To,
                    kind == MessageKind.Digest ? urls.Owner(g.First().To) : null,
                    g.First().TimeZone,
                    [.. g.Select(m => Send(m, urls))])),
        ];

        return new SchedulePageModel(
            SecretariatViews.Iso(plan.AsOf),
            SecretariatViews.Label(plan.AsOf),
            SecretariatViews.Label(plan.Until),
            plan.ScanSchedule,
            plan.Messages.Count(m => !m.IsHeld),
            plan.Messages.Count(m => m.IsHeld),
            Group(MessageKind.Digest),
            Group(MessageKind.Escalation),
            [.. plan.Skipped.Select(s => $"{s.Address} ({s.Kind.ToString().ToLowerInvariant()}): {s.Reason}")]);
    }

    /// <summary>The instant in the recipient's zone, with its offset, so a reader in another zone can check it.</summary>
    public static DateTimeOffset Local(ScheduledMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return TimeZoneInfo.ConvertTime(message.At, CommitmentCalendar.ZoneOrUtc(message.TimeZone));
    }

    public static string Stage(Core.Reminders.ReminderStage stage) => stage.ToString().ToLowerInvariant();

    private static ScheduleSendView Send(ScheduledMessage m, SecretariatUrls urls)
    {
        var local = Local(m);
        var offset = local.Offset < TimeSpan.Zero ? "-" + local.Offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture) : "+" + local.Offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        return new(
            SecretariatViews.Iso(m.At),
            SecretariatViews.Label(m.At),
            local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" (UTC{offset})",
            m.HeldBecause is { } h ? (h.Reason is { Length: > 0 } r ? $"{h.StateName}: {r}" : h.StateName) : null,
            [.. m.Items.Select(i => new ScheduleItemView(urls.Commitment(i.CommitmentId), i.Title, Stage(i.Stage), IsoDate.Format(i.StageDate), i.Escalated))]);
    }
}
