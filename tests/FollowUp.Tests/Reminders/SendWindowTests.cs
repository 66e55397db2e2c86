using FollowUp.Core.Configuration;
using static FollowUp.Tests.Reminders.ReminderTestData;

namespace FollowUp.Tests.Reminders;

/// <summary>When an owner may receive a digest: <see cref="Core.Reminders.ReminderPolicy.ClockFor"/>.</summary>
public sealed class SendWindowTests
{
    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(17, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(0, 0, false)]
    public void DigestGoesOutFromTheSendHourInTheOwnersZone(int hour, int minute, bool canSend)
    {
        var thursday = new DateOnly(2025, 6, 5);

        var clock = Policy().ClockFor(Karachi, LocalTime(thursday, hour, Karachi, minute));

        Assert.Equal(thursday, clock.Today);
        Assert.Equal(canSend, clock.CanSendNow);
    }

    [Fact]
    public void SendHourIsConfigurable()
    {
        var clock = Policy(o => o.SendHour = 7).ClockFor(Karachi, LocalTime(new DateOnly(2025, 6, 5), 7, Karachi));

        Assert.True(clock.CanSendNow);
    }

    [Theory]
    [InlineData(2025, 6, 6, true)] // Friday
    [InlineData(2025, 6, 7, false)] // Saturday
    [InlineData(2025, 6, 8, false)] // Sunday
    [InlineData(2025, 6, 9, true)] // Monday
    public void DigestsGoOutOnWeekdaysByDefault(int year, int month, int day, bool canSend)
    {
        var clock = Policy().ClockFor(Baku, LocalTime(new DateOnly(year, month, day), 10, Baku));

        Assert.Equal(canSend, clock.IsWorkingDay);
        Assert.Equal(canSend, clock.CanSendNow);
    }

    [Theory]
    [InlineData(2025, 6, 6, false)] // Friday
    [InlineData(2025, 6, 8, true)] // Sunday
    public void ConfiguredWorkingDaysReplaceTheWeekdayDefault(int year, int month, int day, bool canSend)
    {
        var policy = Policy(o => o.WorkingDays = [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday]);

        Assert.Equal(canSend, policy.ClockFor(Baku, LocalTime(new DateOnly(year, month, day), 10, Baku)).CanSendNow);
    }

    [Fact]
    public void HolidayStopsDigestsOnlyInItsOwnZone()
    {
        var armedForcesDay = new DateOnly(2025, 6, 26);
        var policy = Policy(o => o.Holidays = [new HolidayOptions { TimeZone = Baku, Date = armedForcesDay }]);
        var now = LocalTime(armedForcesDay, 11, Baku);

        Assert.False(policy.ClockFor(Baku, now).CanSendNow);
        Assert.True(policy.ClockFor(Karachi, now).CanSendNow);
        Assert.True(policy.ClockFor(Baku, LocalTime(armedForcesDay.AddDays(1), 11, Baku)).CanSendNow);
    }

    [Fact]
    public void InstantThatIsFridayInBakuIsStillThursdayInUtc()
    {
        var now = new DateTimeOffset(2025, 6, 5, 21, 0, 0, TimeSpan.Zero);
        var policy = Policy(o => o.SendHour = 0);

        var baku = policy.ClockFor(Baku, now);
        var utc = policy.ClockFor(Utc, now);

        Assert.Equal((DayOfWeek.Friday, 1), (baku.Today.DayOfWeek, baku.LocalNow.Hour));
        Assert.Equal((DayOfWeek.Thursday, 21), (utc.Today.DayOfWeek, utc.LocalNow.Hour));
    }

    [Fact]
    public void WeekendStartsAtTheOwnersMidnight()
    {
        // Friday 21:00 UTC is already Saturday in Baku and Karachi, but not in London.
        var now = new DateTimeOffset(2025, 6, 6, 21, 0, 0, TimeSpan.Zero);
        var policy = Policy(o => o.SendHour = 0);

        Assert.False(policy.ClockFor(Baku, now).CanSendNow);
        Assert.True(policy.ClockFor("Europe/London", now).CanSendNow);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownOwnerZoneFallsBackToTheDefaultZone(string? zone)
    {
        var now = new DateTimeOffset(2025, 6, 5, 21, 0, 0, TimeSpan.Zero);

        var clock = Policy(o => o.DefaultTimeZone = Baku).ClockFor(zone, now);

        Assert.Equal(Baku, clock.TimeZone);
        Assert.Equal(new DateOnly(2025, 6, 6), clock.Today);
    }
}
