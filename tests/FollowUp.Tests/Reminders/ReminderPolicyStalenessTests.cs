using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Reminders.ReminderTestData;

namespace FollowUp.Tests.Reminders;

/// <summary>The stale nudge: fixed windows after the last update, counted on the owner's own dates, giving way to every other stage.</summary>
public sealed class ReminderPolicyStalenessTests
{
    private static readonly DateOnly Due = new(2025, 6, 20);

    private readonly ReminderPolicy _policy = Policy();

    [Theory]
    [InlineData(29, null)]
    [InlineData(30, 30)]
    [InlineData(31, 30)]
    [InlineData(59, 30)]
    [InlineData(60, 60)]
    [InlineData(95, 90)]
    public void StaleNudgeFallsOnFixedWindowsAfterTheLastUpdate(int daysSinceUpdate, int? stageDaysAfterUpdate)
    {
        var updated = new DateOnly(2025, 3, 3);
        var commitment = CommitmentDue("c1", updated.AddDays(200), Owner(timeZone: Utc)) with
        {
            CreatedAt = LocalTime(updated.AddDays(-100), 12, Utc),
            LastUpdate = new LastUpdate(LocalTime(updated, 15, Utc), "planning@mopd.gov.pk", null),
        };

        var candidate = _policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(updated.AddDays(daysSinceUpdate), 12, Utc));

        if (stageDaysAfterUpdate is not { } days)
        {
            Assert.Null(candidate);
            return;
        }

        Assert.Equal((ReminderStage.Stale, updated.AddDays(days)), (candidate?.Stage, candidate?.StageDate));
    }

    [Fact]
    public void StalenessCountsFromCreationUntilTheFirstUpdate()
    {
        var created = new DateOnly(2025, 3, 3);
        var commitment = CommitmentDue("c1", created.AddDays(200), Owner(timeZone: Utc)) with { CreatedAt = LocalTime(created, 8, Utc) };

        var candidate = _policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(created.AddDays(30), 12, Utc));

        Assert.Equal((ReminderStage.Stale, created.AddDays(30)), (candidate?.Stage, candidate?.StageDate));
    }

    [Fact]
    public void CommitmentWithNoUpdateAndNoCreationDateIsNeverStale()
    {
        var commitment = CommitmentDue("c1", new DateOnly(2026, 6, 1), Owner(timeZone: Utc));

        Assert.Null(_policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(new DateOnly(2025, 6, 1), 12, Utc)));
    }

    [Fact]
    public void StaleWindowsCountFromTheOwnersLocalDateOfTheUpdate()
    {
        // 21:00 UTC on 1 May is already 2 May in Baku, so the first window closes on 1 June there.
        var commitment = CommitmentDue("c1", new DateOnly(2025, 12, 1), Owner("economy@economy.gov.az", Baku)) with
        {
            LastUpdate = new LastUpdate(new DateTimeOffset(2025, 5, 1, 21, 0, 0, TimeSpan.Zero), "economy@economy.gov.az", null),
        };
        var owner = commitment.Owners[0];

        Assert.Null(_policy.FindCandidate(commitment, owner, LocalTime(new DateOnly(2025, 5, 31), 12, Baku)));
        Assert.Equal(new DateOnly(2025, 6, 1), _policy.FindCandidate(commitment, owner, LocalTime(new DateOnly(2025, 6, 1), 12, Baku))?.StageDate);
    }

    [Theory]
    [InlineData(-14, ReminderStage.Upcoming)]
    [InlineData(0, ReminderStage.Due)]
    [InlineData(1, ReminderStage.Overdue)]
    [InlineData(40, ReminderStage.Overdue)]
    public void StaleNudgeGivesWayToAnyOtherStage(int daysFromDue, ReminderStage expected)
    {
        var commitment = CommitmentDue("c1", Due, Owner(timeZone: Utc)) with { CreatedAt = LocalTime(Due.AddDays(-200), 12, Utc) };

        var candidate = _policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(Due.AddDays(daysFromDue), 12, Utc));

        Assert.Equal(expected, candidate?.Stage);
    }

    [Fact]
    public void StaleCommitmentIsNotNudgedWhilePaused()
    {
        var today = new DateOnly(2025, 6, 2);
        var commitment = CommitmentDue("c1", today.AddDays(100), Owner(timeZone: Utc)) with
        {
            CreatedAt = LocalTime(today.AddDays(-90), 12, Utc),
            PausedUntil = today.AddDays(1),
        };

        Assert.Null(_policy.FindCandidate(commitment, commitment.Owners[0], LocalTime(today, 12, Utc)));
    }
}
