using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Commitments;

public sealed class CommitmentCalendarTests
{
    // 20:30 UTC on 31 March: already 1 April in Karachi (UTC+5) and Baku (UTC+4), still 31 March in London.
    private static readonly DateTimeOffset EveningUtc = new(2027, 3, 31, 20, 30, 0, TimeSpan.Zero);

    [Fact]
    public void OwnerDateIsTheCalendarDateInTheOwnersZone()
    {
        Assert.Equal(new DateOnly(2027, 4, 1), CommitmentCalendar.LocalDate(TestCommitments.Karachi, EveningUtc));
        Assert.Equal(new DateOnly(2027, 3, 31), CommitmentCalendar.LocalDate(TestCommitments.Karachi with { TimeZone = "Europe/London" }, EveningUtc.AddHours(-2)));
    }

    [Fact]
    public void CommitmentIsOverdueOnceItsDueDateHasPassedForAnyOwner()
    {
        var dueMarch31 = TestCommitments.Bilateral(due: new DateOnly(2027, 3, 31));

        Assert.True(CommitmentCalendar.IsOverdue(dueMarch31, EveningUtc));
        Assert.False(CommitmentCalendar.IsOverdue(dueMarch31, EveningUtc.AddHours(-2)));
    }

    [Fact]
    public void FinishedCommitmentIsNeverOverdue()
    {
        var cancelled = TestCommitments.Bilateral(due: new DateOnly(2026, 1, 1)) with { Status = CommitmentStatus.Cancelled };

        Assert.False(CommitmentCalendar.IsOverdue(cancelled, EveningUtc));
    }

    [Theory]
    [InlineData("Asia/Baku", "Asia/Baku")]
    [InlineData("Pakistan Standard Time", "Asia/Karachi")]
    [InlineData("Mars/Olympus_Mons", "Asia/Karachi")]
    [InlineData(null, "Asia/Karachi")]
    public void ZoneIsTheOwnersIanaZoneElseTheCallersFallback(string? stored, string expected)
    {
        var karachi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Karachi");

        var (id, zone) = CommitmentCalendar.Resolve(stored, "Asia/Karachi", karachi);

        Assert.Equal(expected, id);
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById(expected).BaseUtcOffset, zone.BaseUtcOffset);
    }

    [Fact]
    public void OwnerDatesOfAWindowsZoneIdReadInUtcAsTheyDoEverywhereElse()
    {
        var windowsId = TestCommitments.Karachi with { TimeZone = "Pakistan Standard Time" };

        Assert.Equal(new DateOnly(2027, 3, 31), CommitmentCalendar.LocalDate(windowsId, EveningUtc));
    }
}
