using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Secretariat.Schedule;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Workspace;

public sealed class WorkspaceScheduleTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Json = "application/json";
    private const string Path = "/api/secretariat/schedule";
    private static readonly ResponsibleParty Health = new("Ministry of Health", "health.pk@example.org", "Asia/Karachi", OwnerRole.Lead, "PK");

    [Fact]
    public async Task ScanSendsExactlyWhatTheSchedulePlannedOverTheWeek()
    {
        await using var host = new WorkspaceHost(azurite);
        await SeedWeekAsync(host);

        var plan = await host.Get<SendSchedule>().ShowAsync();
        var sent = new List<string>();
        foreach (var occurrence in Occurrences(host, plan))
        {
            host.Time.SetUtcNow(occurrence);
            await host.Scan.RunAsync();
            sent.AddRange(host.Drain().Select(s => $"{occurrence:yyyy-MM-ddTHH:mm} {s}"));
        }

        var planned = plan.Messages.Where(m => !m.IsHeld).Select(Describe).ToList();
        Assert.NotEmpty(planned);
        Assert.Equal(planned.Order(StringComparer.Ordinal), sent.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UndeliverableOwnerIsShownHeldAndTheScanSendsItNothing()
    {
        await using var host = new WorkspaceHost(azurite);
        await SeedWeekAsync(host);

        var plan = await host.Get<SendSchedule>().ShowAsync();
        foreach (var occurrence in Occurrences(host, plan))
        {
            host.Time.SetUtcNow(occurrence);
            await host.Scan.RunAsync();
        }

        var held = plan.Messages.Where(m => EmailAddresses.AreSame(m.To, Health.Email)).ToList();
        Assert.NotEmpty(held);
        Assert.All(held, m => Assert.True(m.IsHeld));
        Assert.DoesNotContain(host.Sender.Delivered, d => EmailAddresses.AreSame(d.To, Health.Email));
    }

    [Fact]
    public async Task ReminderTheScanSentTodayIsNotPlannedAgain()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral("due-thursday", new DateOnly(2027, 5, 6)));
        host.Time.SetUtcNow(WorkspaceTestContext.Start.AddHours(3));
        await host.Scan.RunAsync();
        var first = host.Drain();

        var plan = await host.Get<SendSchedule>().ShowAsync();

        Assert.Equal(2, first.Count);
        Assert.DoesNotContain(plan.Messages, m => m.At.UtcDateTime.Date == new DateTime(2027, 5, 3));
        Assert.Contains(plan.Messages, m => m.Items.Any(i => i.Stage == Core.Reminders.ReminderStage.Due));
    }

    [Fact]
    public async Task JsonGivesEachSendInTheOwnersTimeAndInUtc()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral("due-thursday", new DateOnly(2027, 5, 6)) with { Owners = [TestCommitments.Karachi] });

        var response = await host.GetAsync(Path, WorkspaceTestContext.Viewer, Json);

        using var json = JsonDocument.Parse(response.Body);
        var due = json.RootElement.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("items")[0].GetProperty("stage").GetString() == "due");
        // 9:00 in Karachi is 04:00 UTC; the scan runs at 03:00 and 06:00 UTC, so it goes at 06:00 UTC, 11:00 there.
        Assert.Equal(("2027-05-06T06:00:00+00:00", "2027-05-06T11:00:00+05:00"), (due.GetProperty("atUtc").GetString(), due.GetProperty("atLocal").GetString()));
    }

    [Fact]
    public async Task PageShowsEachSendInTheOwnersTimeAndInUtcAndHeldOwners()
    {
        await using var host = new WorkspaceHost(azurite);
        await host.SeedAsync(TestCommitments.Bilateral("due-thursday", new DateOnly(2027, 5, 6)) with { Owners = [TestCommitments.Karachi] });
        await host.SeedAsync(TestCommitments.Bilateral("health-plan", new DateOnly(2027, 5, 6)) with { Owners = [Health] });
        await host.BounceAsync(Health.Email);

        var page = await host.GetAsync(Path, WorkspaceTestContext.Viewer, "text/html");

        Assert.Equal(200, page.Status);
        Assert.Contains("<strong>Thu 6 May 2027, 11:00 (UTC&#x2B;05:00)</strong> their time · <time datetime=\"2027-05-06T06:00:00Z\">6 May 2027, 06:00 UTC</time>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<strong>held</strong>: not sent, the address is bounced: 550 mailbox unavailable", page.Body, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/secretariat/schedule\"", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousCannotReadTheSchedule()
    {
        await using var host = new WorkspaceHost(azurite);

        var response = await host.GetAsync(Path, principal: null, Json);

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task AdminReadsTheScheduleToo()
    {
        await using var host = new WorkspaceHost(azurite);

        var response = await host.GetAsync(Path, WorkspaceTestContext.Admin, "text/html");

        Assert.Equal(200, response.Status);
        Assert.Contains("No owner is due a reminder in this time.", response.Body, StringComparison.Ordinal);
    }

    /// <summary>A week of stages: upcoming today, due Thursday, overdue Friday, a weekend, an escalation and an undeliverable owner.</summary>
    private static async Task SeedWeekAsync(WorkspaceHost host)
    {
        await host.SeedAsync(TestCommitments.Bilateral("due-thursday", new DateOnly(2027, 5, 6)));
        await host.SeedAsync(TestCommitments.Bilateral("long-overdue", new DateOnly(2027, 4, 1)));
        await host.SeedAsync(TestCommitments.Bilateral("health-plan", new DateOnly(2027, 5, 5)) with { Owners = [Health] });
        await host.BounceAsync(Health.Email);
    }

    private static IEnumerable<DateTimeOffset> Occurrences(WorkspaceHost host, SchedulePlan plan)
    {
        Assert.True(CronSchedules.TryParse(host.Get<IOptions<FollowUpOptions>>().Value.ScanSchedule, out var cron));
        return cron.GetNextOccurrences(plan.AsOf.UtcDateTime, plan.Until.UtcDateTime).Select(o => new DateTimeOffset(DateTime.SpecifyKind(o, DateTimeKind.Utc)));
    }

    private static string Describe(ScheduledMessage m) =>
        $"{m.At:yyyy-MM-ddTHH:mm} {(m.Kind == MessageKind.Digest ? "digest" : "escalation")} {m.To} " + string.Join(",", m.Items.Select(i => $"{i.CommitmentId}:{i.Stage}:{IsoDate.Format(i.StageDate)}"));
}
