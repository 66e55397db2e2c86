using System.Text.Json;
using FollowUp.Core.Configuration;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Backup;

/// <summary>The backup timer as the Functions SDK generated it, which is what the host runs.</summary>
public sealed class BackupTimerMetadataTests
{
    [Fact]
    public void BackupTimerReadsItsScheduleFromSettingsAndDoesNotRunOnStartup()
    {
        var timer = Timer();

        Assert.Equal("%FollowUp:BackupSchedule%", timer.GetProperty("schedule").GetString());
        Assert.False(timer.TryGetProperty("runOnStartup", out var onStartup) && onStartup.GetBoolean());
    }

    [Fact]
    public void DefaultBackupScheduleIsOnceADay()
    {
        var schedule = NCrontab.CrontabSchedule.Parse(new FollowUpOptions().BackupSchedule, new NCrontab.CrontabSchedule.ParseOptions { IncludingSeconds = true });
        var from = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc);

        Assert.Single(schedule.GetNextOccurrences(from, from.AddDays(1)));
    }

    private static JsonElement Timer()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = RepositoryFiles.Path("src", "FollowUp.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build src/FollowUp.Functions first");
        using var metadata = JsonDocument.Parse(File.ReadAllText(path));
        var function = metadata.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Backup");
        return function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "timerTrigger").Clone();
    }
}
