using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Time.Testing;
using static FollowUp.Tests.Reminders.ReminderTestData;

namespace FollowUp.Tests.Reminders;

/// <summary>
/// Runs the planner the way the scan does, day after day against a send ledger, to check what
/// actually reaches an owner when stages fall on weekends, holidays or missed runs.
/// </summary>
public sealed class ReminderScanTimelineTests
{
    private readonly HashSet<ReminderKey> _ledger = [];

    [Fact]
    public void StageOnASaturdayGoesOutOnMondayWithItsOwnStageDate()
    {
        // Due Tuesday 10 June: upcoming-3 falls on Saturday the 7th.
        var due = new DateOnly(2025, 6, 10);
        var commitment = CommitmentDue("c1", due, Owner(timeZone: Karachi));

        var sent = ScanDaily(Planner(), [commitment], due.AddDays(-16), due.AddDays(2), hour: 10, Karachi);

        Assert.Equal(
            [
                (new DateOnly(2025, 5, 27), ReminderStage.Upcoming, due.AddDays(-14)),
                (new DateOnly(2025, 6, 9), ReminderStage.Upcoming, due.AddDays(-3)),
                (due, ReminderStage.Due, due),
                (due.AddDays(1), ReminderStage.Overdue, due.AddDays(1)),
            ],
            sent);
    }

    [Fact]
    public void MissedUpcomingStageIsDroppedWhenTheDueDateArrivesFirst()
    {
        // Due Monday 9 June: upcoming-3 is Friday the 6th, a holiday, and then comes the weekend.
        var due = new DateOnly(2025, 6, 9);
        var policy = Policy(o => o.Holidays = [new HolidayOptions { TimeZone = Karachi, Date = due.AddDays(-3) }]);
        var commitment = CommitmentDue("c1", due, Owner(timeZone: Karachi));

        var sent = ScanDaily(Planner(policy), [commitment], due.AddDays(-14), due, hour: 10, Karachi);

        Assert.Equal(
            [
                (due.AddDays(-14), ReminderStage.Upcoming, due.AddDays(-14)),
                (due, ReminderStage.Due, due),
            ],
            sent);
    }

    [Fact]
    public void ScanBeforeTheSendHourLeavesTheStageForTheLaterScan()
    {
        var due = new DateOnly(2025, 6, 5);
        var commitment = CommitmentDue("c1", due, Owner(timeZone: Karachi));
        var planner = Planner();
        var time = new FakeTimeProvider(LocalTime(due, 8, Karachi, minute: 59));

        Assert.Empty(Scan(planner, [commitment], time.GetUtcNow()));
        time.Advance(TimeSpan.FromMinutes(1));
        var digest = Assert.Single(Scan(planner, [commitment], time.GetUtcNow()));
        Assert.Equal(ReminderStage.Due, Assert.Single(digest.Items).Stage);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(Scan(planner, [commitment], time.GetUtcNow()));
    }

    [Fact]
    public void ScanAfterMissedRunsSendsOnlyTheLatestOverdueReminder()
    {
        // Due Monday 2 June; the scan then stops until Thursday the 12th (due+10).
        var due = new DateOnly(2025, 6, 2);
        var commitment = CommitmentDue("c1", due, Owner(timeZone: Karachi));
        var planner = Planner(Policy(o => o.EscalationCc = "secretariat@mofa.gov.pk"));
        Scan(planner, [commitment], LocalTime(due, 10, Karachi));

        var caughtUp = Assert.Single(Scan(planner, [commitment], LocalTime(due.AddDays(10), 10, Karachi)));
        var sentLater = ScanDaily(planner, [commitment], due.AddDays(11), due.AddDays(16), hour: 10, Karachi);

        var item = Assert.Single(caughtUp.Items);
        Assert.Equal((ReminderStage.Overdue, due.AddDays(8), 2, false), (item.Stage, item.StageDate, item.OverdueReminder, item.Escalated));
        Assert.Equal([(due.AddDays(15), ReminderStage.Overdue, due.AddDays(15))], sentLater);
    }

    [Fact]
    public void EscalatedReminderGoesToItsOwnerAloneAndTellsTheSecretariatApart()
    {
        var due = new DateOnly(2025, 6, 2);
        var commitment = CommitmentDue("c1", due, Owner(timeZone: Karachi)) with { EscalationEmail = "secretary@mopd.gov.pk" };
        var policy = Policy(o => o.EscalationCc = "secretariat@mofa.gov.pk");
        var at = LocalTime(due.AddDays(15), 10, Karachi);

        var digest = Assert.Single(Scan(Planner(policy), [commitment], at));
        var escalations = new EscalationPlanner(policy).Collect(Planner(policy).FindCandidates([commitment], at), due.AddDays(15));

        Assert.Equal((3, true), (digest.Items[0].OverdueReminder, digest.Items[0].Escalated));
        Assert.Equal(["secretariat@mofa.gov.pk", "secretary@mopd.gov.pk"], escalations.Keys.Order(StringComparer.Ordinal));
        Assert.All(escalations.Values, items => Assert.Equal(("c1", 15), (Assert.Single(items).Commitment.Id, items[0].DaysOverdue)));
    }

    [Fact]
    public void HolidayInBakuDelaysOnlyTheBakuOwner()
    {
        // Upcoming-3 of a commitment due Sunday 29 June falls on Thursday the 26th, a holiday in Baku.
        var holiday = new DateOnly(2025, 6, 26);
        var policy = Policy(o => o.Holidays = [new HolidayOptions { TimeZone = Baku, Date = holiday }]);
        var karachi = Owner("trade@commerce.gov.pk", Karachi);
        var baku = Owner("economy@economy.gov.az", Baku);
        var commitment = CommitmentDue("c1", holiday.AddDays(3), karachi, baku);
        var planner = Planner(policy);
        Scan(planner, [commitment], LocalTime(holiday.AddDays(-10), 12, Karachi));

        // 07:00 UTC is 12:00 in Karachi and 11:00 in Baku.
        var onHoliday = Scan(planner, [commitment], new DateTimeOffset(2025, 6, 26, 7, 0, 0, TimeSpan.Zero));
        var nextDay = Scan(planner, [commitment], new DateTimeOffset(2025, 6, 27, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(["trade@commerce.gov.pk"], onHoliday.Select(d => d.To));
        var late = Assert.Single(nextDay);
        Assert.Equal("economy@economy.gov.az", late.To);
        Assert.Equal((ReminderStage.Upcoming, holiday), (late.Items[0].Stage, late.Items[0].StageDate));
    }

    [Fact]
    public void StaleNudgeGoesOutOncePerWindow()
    {
        var created = new DateOnly(2025, 3, 3);
        var commitment = CommitmentDue("c1", created.AddDays(365), Owner(timeZone: Karachi)) with { CreatedAt = LocalTime(created, 9, Karachi) };

        var sent = ScanDaily(Planner(), [commitment], created, created.AddDays(75), hour: 10, Karachi);

        // Day 30 is Wednesday 2 April; day 60 is Friday 2 May.
        Assert.Equal(
            [
                (created.AddDays(30), ReminderStage.Stale, created.AddDays(30)),
                (created.AddDays(60), ReminderStage.Stale, created.AddDays(60)),
            ],
            sent);
    }

    private List<(DateOnly SentOn, ReminderStage Stage, DateOnly StageDate)> ScanDaily(
        DigestPlanner planner, IReadOnlyList<Commitment> commitments, DateOnly from, DateOnly to, int hour, string timeZone)
    {
        var time = new FakeTimeProvider(LocalTime(from, hour, timeZone));
        var sent = new List<(DateOnly, ReminderStage, DateOnly)>();
        while (time.GetUtcNow() <= LocalTime(to, hour, timeZone))
        {
            foreach (var digest in Scan(planner, commitments, time.GetUtcNow()))
            {
                sent.AddRange(digest.Items.Select(i => (digest.LocalDate, i.Stage, i.StageDate)));
            }

            time.Advance(TimeSpan.FromDays(1));
        }

        return sent;
    }

    private IReadOnlyList<Digest> Scan(DigestPlanner planner, IReadOnlyList<Commitment> commitments, DateTimeOffset now)
    {
        var unsent = planner.FindCandidates(commitments, now).Where(c => !_ledger.Contains(c.Key));
        var digests = planner.Plan(unsent);
        foreach (var digest in digests)
        {
            _ledger.UnionWith(digest.Items.Select(i => ReminderKey.For(digest, i)));
        }

        return digests;
    }
}
