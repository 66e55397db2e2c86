using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Reminders.ReminderTestData;

namespace FollowUp.Tests.Reminders;

public sealed class ReminderPolicyStageTests
{
    private static readonly DateOnly Due = new(2025, 6, 20);

    private readonly ReminderPolicy _policy = Policy();

    [Theory]
    [InlineData(-15, null, 0, 0, false)]
    [InlineData(-14, ReminderStage.Upcoming, -14, 0, false)]
    [InlineData(-13, ReminderStage.Upcoming, -14, 0, false)]
    [InlineData(-4, ReminderStage.Upcoming, -14, 0, false)]
    [InlineData(-3, ReminderStage.Upcoming, -3, 0, false)]
    [InlineData(-2, ReminderStage.Upcoming, -3, 0, false)]
    [InlineData(-1, ReminderStage.Upcoming, -3, 0, false)]
    [InlineData(0, ReminderStage.Due, 0, 0, false)]
    [InlineData(1, ReminderStage.Overdue, 1, 1, false)]
    [InlineData(7, ReminderStage.Overdue, 1, 1, false)]
    [InlineData(8, ReminderStage.Overdue, 8, 2, false)]
    [InlineData(14, ReminderStage.Overdue, 8, 2, false)]
    [InlineData(15, ReminderStage.Overdue, 15, 3, true)]
    [InlineData(21, ReminderStage.Overdue, 15, 3, true)]
    [InlineData(22, ReminderStage.Overdue, 22, 4, true)]
    [InlineData(364, ReminderStage.Overdue, 358, 52, true)]
    public void CandidateIsTheLatestStageWhoseDateHasArrived(
        int daysFromDue, ReminderStage? stage, int stageDaysFromDue, int overdueReminder, bool escalated)
    {
        var commitment = CommitmentDue("c1", Due, Owner(timeZone: Utc));

        var candidate = _policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(Due.AddDays(daysFromDue), 12, Utc));

        if (stage is null)
        {
            Assert.Null(candidate);
            return;
        }

        Assert.NotNull(candidate);
        Assert.Equal(stage, candidate.Stage);
        Assert.Equal(Due.AddDays(stageDaysFromDue), candidate.StageDate);
        Assert.Equal(overdueReminder, candidate.OverdueReminder);
        Assert.Equal(escalated, candidate.Escalated);
    }

    [Theory]
    [InlineData(1, 1, 1, false)]
    [InlineData(5, 1, 1, false)]
    [InlineData(6, 6, 2, true)]
    [InlineData(10, 6, 2, true)]
    [InlineData(11, 11, 3, true)]
    public void OverdueRepeatAndEscalationFollowTheOptions(int daysFromDue, int stageDaysFromDue, int overdueReminder, bool escalated)
    {
        var policy = Policy(o =>
        {
            o.OverdueRepeatDays = 5;
            o.EscalateFromOverdueReminder = 2;
        });
        var commitment = CommitmentDue("c1", Due, Owner(timeZone: Utc));

        var candidate = policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(Due.AddDays(daysFromDue), 12, Utc));

        Assert.NotNull(candidate);
        Assert.Equal(ReminderStage.Overdue, candidate.Stage);
        Assert.Equal(Due.AddDays(stageDaysFromDue), candidate.StageDate);
        Assert.Equal(overdueReminder, candidate.OverdueReminder);
        Assert.Equal(escalated, candidate.Escalated);
    }

    [Theory]
    [InlineData(-31, null)]
    [InlineData(-30, -30)]
    [InlineData(-8, -30)]
    [InlineData(-7, -7)]
    [InlineData(-1, -1)]
    public void ConfiguredUpcomingDaysAreUsedInAnyOrder(int daysFromDue, int? stageDaysFromDue)
    {
        var policy = Policy(o => o.UpcomingDays = [1, 30, 7, 7]);
        var commitment = CommitmentDue("c1", Due, Owner(timeZone: Utc));

        var candidate = policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(Due.AddDays(daysFromDue), 12, Utc));

        Assert.Equal(stageDaysFromDue is { } d ? Due.AddDays(d) : null, candidate?.StageDate);
    }

    [Theory]
    [InlineData(CommitmentStatus.Completed, false)]
    [InlineData(CommitmentStatus.Cancelled, false)]
    [InlineData(CommitmentStatus.NotStarted, true)]
    [InlineData(CommitmentStatus.InProgress, true)]
    [InlineData(CommitmentStatus.Blocked, true)]
    public void OnlyOpenCommitmentsAreReminded(CommitmentStatus status, bool reminded)
    {
        var commitment = CommitmentDue("c1", Due, Owner(timeZone: Utc)) with { Status = status };

        var candidate = _policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(Due.AddDays(1), 12, Utc));

        Assert.Equal(reminded, candidate is not null);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(30, false)]
    [InlineData(0, true)]
    [InlineData(-1, true)]
    public void PausedCommitmentResumesOnThePauseDate(int pausedDaysFromToday, bool reminded)
    {
        var today = Due.AddDays(3);
        var commitment = CommitmentDue("c1", Due, Owner(timeZone: Utc)) with { PausedUntil = today.AddDays(pausedDaysFromToday) };

        var candidate = _policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(today, 12, Utc));

        Assert.Equal(reminded, candidate is not null);
    }

    [Fact]
    public void PauseEndsOnTheOwnersDateNotUtcs()
    {
        // 21:00 UTC on Thursday 5 June is already Friday 6 June in Baku.
        var now = new DateTimeOffset(2025, 6, 5, 21, 0, 0, TimeSpan.Zero);
        var baku = Owner("economy@economy.gov.az", Baku);
        var utc = Owner("desk@secretariat.example", Utc);
        var commitment = CommitmentDue("c1", new DateOnly(2025, 6, 1), baku, utc) with { PausedUntil = new DateOnly(2025, 6, 6) };

        Assert.NotNull(_policy.FindCandidate(commitment, baku, now));
        Assert.Null(_policy.FindCandidate(commitment, utc, now));
    }

    [Fact]
    public void ResumedCommitmentCatchesUpWithTheStageItMissedWhilePaused()
    {
        var commitment = CommitmentDue("c1", Due, Owner(timeZone: Utc)) with { PausedUntil = Due.AddDays(10) };

        var candidate = _policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(Due.AddDays(10), 12, Utc));

        Assert.NotNull(candidate);
        Assert.Equal(ReminderStage.Overdue, candidate.Stage);
        Assert.Equal(Due.AddDays(8), candidate.StageDate);
    }

    [Fact]
    public void SameInstantIsTheDueDateInBakuButNotInUtc()
    {
        // Thursday 21:00 UTC is Friday 01:00 in Baku.
        var now = new DateTimeOffset(2025, 6, 5, 21, 0, 0, TimeSpan.Zero);
        var friday = new DateOnly(2025, 6, 6);
        var baku = Owner("economy@economy.gov.az", Baku);
        var utc = Owner("desk@secretariat.example", Utc);
        var commitment = CommitmentDue("c1", friday, baku, utc);

        var inBaku = _policy.FindCandidate(commitment, baku, now);
        var inUtc = _policy.FindCandidate(commitment, utc, now);

        Assert.Equal((ReminderStage.Due, friday), (inBaku?.Stage, inBaku?.StageDate));
        Assert.Equal((ReminderStage.Upcoming, friday.AddDays(-3)), (inUtc?.Stage, inUtc?.StageDate));
    }

    [Fact]
    public void KarachiAndBakuSeeDifferentDatesAtTheSameInstant()
    {
        // 19:30 UTC is 00:30 on the 6th in Karachi (UTC+5) but 23:30 on the 5th in Baku (UTC+4).
        var now = new DateTimeOffset(2025, 6, 5, 19, 30, 0, TimeSpan.Zero);
        var due = new DateOnly(2025, 6, 6);
        var karachi = Owner("trade@commerce.gov.pk", Karachi);
        var baku = Owner("economy@economy.gov.az", Baku);
        var commitment = CommitmentDue("c1", due, karachi, baku);

        Assert.Equal(ReminderStage.Due, _policy.FindCandidate(commitment, karachi, now)?.Stage);
        Assert.Equal(ReminderStage.Upcoming, _policy.FindCandidate(commitment, baku, now)?.Stage);
    }

    [Fact]
    public void CandidateKeyNamesCommitmentOwnerStageAndStageDate()
    {
        var commitment = CommitmentDue("c1", Due, Owner("Planning@MOPD.gov.pk", Utc));

        var candidate = _policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(Due.AddDays(9), 12, Utc));

        Assert.Equal(new ReminderKey("c1", "planning@mopd.gov.pk", ReminderStage.Overdue, Due.AddDays(8)), candidate?.Key);
    }
}
