using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Queues;

/// <summary>The in-process workers of <c>followup scan --workers N</c> and <c>serve</c>, on Azurite's queue service.</summary>
public sealed class LocalDigestWorkersTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task QueuedScanSendsEveryOwnerOneDigestAndEmptiesTheQueue()
    {
        await using var h = new QueueHarness(azurite, Monday);
        for (var i = 0; i < 4; i++)
        {
            await h.Scan.SeedAsync(TestCommitments.Bilateral($"commitment-{i}", new DateOnly(2026, 11, 20)));
        }

        var report = await h.QueuedScan.RunAsync(workerCount: 3, Monday);

        Assert.Equal(2, report.Sent);
        Assert.Equal(
            new[] { TestCommitments.Baku.Email, TestCommitments.Karachi.Email }.Order(StringComparer.Ordinal),
            h.Scan.Sender.Delivered.Select(d => d.To).Order(StringComparer.Ordinal));
        Assert.All(h.Scan.Sender.Delivered, d => Assert.Equal(4, d.Items.Count));
        Assert.Empty(await h.PeekAsync());
    }

    [Fact]
    public async Task ASecondQueuedScanOfTheSameDaySendsNothing()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await h.Scan.SeedAsync(TestCommitments.Bilateral("pta-implementation-plan", new DateOnly(2026, 11, 20)));
        await h.QueuedScan.RunAsync(workerCount: 2, Monday);

        var again = await h.QueuedScan.RunAsync(workerCount: 2, Monday.AddHours(1));

        Assert.Equal(0, again.Sent);
        Assert.Equal(2, h.Scan.Sender.Delivered.Count);
    }

    [Fact]
    public async Task AMessageThatFailsFiveTimesMovesToThePoisonQueue()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await h.Queue.CreateIfNotExistsAsync();
        await h.Queue.SendMessageAsync("not a digest");

        await h.Workers.RunAsync(1, untilEmpty: true, TimeSpan.FromMinutes(1));

        var poisoned = Assert.Single((await h.Poison.PeekMessagesAsync(32)).Value);
        Assert.Equal("not a digest", poisoned.Body.ToString());
        Assert.Empty(await h.PeekAsync());
        Assert.Empty(h.Scan.Sender.Delivered);
    }

    [Fact]
    public async Task ADigestWhoseOwnerCannotBeReadIsTriedAgainRatherThanLost()
    {
        await using var h = new QueueHarness(azurite, Monday);
        await h.Scan.SeedAsync(TestCommitments.Bilateral("pta-implementation-plan", new DateOnly(2026, 11, 20)) with { Owners = [TestCommitments.Karachi] });
        await h.Enqueuer.RunAsync(Monday);
        var claims = 0;
        h.Scan.Ledger.BeforeClaim = _ =>
        {
            // The first claim meets a storage failure; the queue's second attempt goes through.
            if (Interlocked.Increment(ref claims) == 1)
            {
                throw new Azure.RequestFailedException(503, "Server busy");
            }

            return Task.CompletedTask;
        };

        await h.Workers.RunAsync(1, untilEmpty: true, TimeSpan.FromMinutes(1));

        Assert.Equal(2, claims);
        Assert.Single(h.Scan.Sender.Delivered);
    }
}
