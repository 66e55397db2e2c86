using FollowUp.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Configuration;

public sealed class StartupValidationTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["FollowUp:Email:FromAddress"] = "followup@example.org",
        ["FollowUp:Links:SigningKeys:0:Id"] = "k1",
        ["FollowUp:Links:SigningKeys:0:Secret"] = TestSupport.TestTables.SigningSecret,
    };

    internal static void ValidateAtStartup(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddFollowUpCore(configuration).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void CompleteSettingsPass()
    {
        ValidateAtStartup(Valid);
    }

    [Theory]
    [InlineData("FollowUp:Email:FromAddress", null, "FollowUp:Email:FromAddress")]
    [InlineData("FollowUp:Email:DataResidency", "mars", "FollowUp:Email:DataResidency")]
    [InlineData("FollowUp:Reminders:SendHour", "24", "SendHour")]
    [InlineData("FollowUp:Reminders:DefaultTimeZone", "Karachi Time", "DefaultTimeZone")]
    [InlineData("FollowUp:Links:SigningKeys:0:Secret", "too-short", "FollowUp:Links:SigningKeys:0:Secret")]
    [InlineData("FollowUp:Storage:TablePrefix", "bad prefix!", "TablePrefix")]
    [InlineData("FollowUp:ScanSchedule", "0 * * * *", "FollowUp:ScanSchedule")]
    [InlineData("FollowUp:ScanSchedule", "every hour", "FollowUp:ScanSchedule")]
    [InlineData("FollowUp:BackupSchedule", "30 2 * * *", "FollowUp:BackupSchedule")]
    [InlineData("FollowUp:BackupSchedule", "daily", "FollowUp:BackupSchedule")]
    [InlineData("FollowUp:Queues:Shards", "65", "FollowUp:Queues:Shards")]
    [InlineData("FollowUp:Queues:Shards", "-1", "FollowUp:Queues:Shards")]
    [InlineData("FollowUp:Queues:ShardQueue", "Shards_Queue", "FollowUp:Queues:ShardQueue")]
    public void MissingOrBadSettingStopsStartupAndIsNamed(string key, string? value, string named)
    {
        var settings = new Dictionary<string, string?>(Valid) { [key] = value };

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateAtStartup(settings));

        Assert.Contains(named, string.Join("\n", ex.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FollowUp:Reminders:SendHour", "24")]
    [InlineData("FollowUp:Reminders:OverdueRepeatDays", "0")]
    [InlineData("FollowUp:Reminders:EscalationCc", "secretariat at mofa")]
    [InlineData("FollowUp:Reminders:DefaultTimeZone", "")]
    [InlineData("FollowUp:Reminders:Holidays:0:TimeZone", "")]
    public void OneBadReminderSettingGivesOneMessage(string key, string value)
    {
        var settings = new Dictionary<string, string?>(Valid) { [key] = value };
        if (key.Contains(":Holidays:", StringComparison.Ordinal))
        {
            settings["FollowUp:Reminders:Holidays:0:Date"] = "2026-12-25";
        }

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateAtStartup(settings));

        Assert.Contains(key, Assert.Single(ex.Failures), StringComparison.Ordinal);
    }
}
