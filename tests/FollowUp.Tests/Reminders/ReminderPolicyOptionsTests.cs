using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Reminders.ReminderTestData;

namespace FollowUp.Tests.Reminders;

public sealed class ReminderPolicyOptionsTests
{
    [Fact]
    public void EmptyListsMeanTheDocumentedDefaults()
    {
        var policy = Policy();

        Assert.Equal([14, 3], policy.UpcomingDays);
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            policy.WorkingDays.Order());
        Assert.Null(policy.EscalationCc);
    }

    [Fact]
    public void UpcomingDaysAreDeduplicatedLatestStageFirst()
    {
        Assert.Equal([30, 7, 1], Policy(o => o.UpcomingDays = [7, 1, 30, 7]).UpcomingDays);
    }

    [Theory]
    [InlineData("UpcomingDays")]
    [InlineData("OverdueRepeatDays")]
    [InlineData("EscalateFromOverdueReminder")]
    [InlineData("StaleAfterDays")]
    [InlineData("SendHour")]
    [InlineData("EscalationCc")]
    [InlineData("DefaultTimeZone")]
    [InlineData("WorkingDays")]
    [InlineData("Holidays:0:TimeZone")]
    public void UnusableSettingIsRejectedByName(string setting)
    {
        var options = new RemindersOptions();
        switch (setting)
        {
            case "UpcomingDays": options.UpcomingDays = [14, 0]; break;
            case "OverdueRepeatDays": options.OverdueRepeatDays = 0; break;
            case "EscalateFromOverdueReminder": options.EscalateFromOverdueReminder = 0; break;
            case "StaleAfterDays": options.StaleAfterDays = -1; break;
            case "SendHour": options.SendHour = 24; break;
            case "EscalationCc": options.EscalationCc = "secretariat at mofa"; break;
            case "DefaultTimeZone": options.DefaultTimeZone = "Asia/Atlantis"; break;
            case "WorkingDays": options.WorkingDays = [(DayOfWeek)7]; break;
            case "Holidays:0:TimeZone": options.Holidays = [new HolidayOptions { TimeZone = "Asia/Bak", Date = new DateOnly(2025, 6, 26) }]; break;
        }

        var error = Assert.Single(ReminderPolicy.Validate(options));
        Assert.Contains($"FollowUp:Reminders:{setting} ", error, StringComparison.Ordinal);
        var thrown = Assert.Throws<ArgumentException>(() => new ReminderPolicy(options));
        Assert.Contains(error, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultOptionsAreValid()
    {
        Assert.Empty(ReminderPolicy.Validate(new RemindersOptions()));
    }
}
