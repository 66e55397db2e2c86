using FollowUp.Core.Commitments;
using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Queues;

/// <summary>One queued digest, handled by the worker as the queue trigger does, against Azurite's tables and queue.</summary>
public sealed class DigestWorkerTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    private static Commitment Overdue(string id) => TestCommitments.Bilateral(id, new DateOnly(2026, 11, 20)) with { Owners = [TestCommitments.Karachi] };

    private static async Task<string> PlanOneAsync(QueueHarness h, params string[] ids)
    {
        foreach (var id in ids)
        {
            await h.Scan.SeedAsync(Overdue(id));
        }

        var plan = await h.Enqueuer.RunAsync(Monday);
        Assert.Equal(1, plan.Queued);
        return Assert.Single(await h.PeekAsync());
    }

    [Fact]
    public async Task TheTimerQueuesADigestAndSendsNothingItself()
    {
        await using var h = new QueueHarness(azurite, Monday);
        var message = await PlanOneAsync(h, "pta-implementation-plan");

        Assert.Empty(h.Scan.Sender.Delivered);
        Assert.DoesNotContain("token", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("pta-implementation-plan", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageDeliveredTwiceSendsOnce()
    {
        await using var h = new QueueHarness(azurite, Monday);
        var message = await PlanOneAsync(h, "pta-implementation-plan");

        var first = await h.Worker.HandleAsync(message);
        var second = await h.Worker.HandleAsync(message);

        Assert.Equal(DigestDelivery.Sent, Assert.IsType<DigestWorkOutcome.Delivered>(first).Delivery);
        Assert.IsType<DigestWorkOutcome.AlreadyClaimed>(second);
        Assert.Single(h.Scan.Sender.Delivered);
    }

    [Fact]
    public async Task AMessageRedeliveredAfterItsWorkerDiedMidSendIsNotSentAgain()
    {
        await using var h = new QueueHarness(azurite, Monday);
        var message = await PlanOneAsync(h, "pta-implementation-plan");
        using var death = new CancellationTokenSource();

        // SendGrid took the message, then the worker died before it could record that.
        h.Scan.Sender.AfterAccept = _ =>
        {
            death.Cancel();
            death.Token.ThrowIfCancellationRequested();
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Worker.HandleAsync(message, death.Token));
        h.Scan.Sender.AfterAccept = null;

        var redelivered = await h.Worker.HandleAsync(message);

        Assert.IsType<DigestWorkOutcome.AlreadyClaimed>(redelivered);
        Assert.Single(h.Scan.Sender.Delivered);
        Assert.Equal("Claimed", Assert.Single((await h.Scan.StatesAsync(TestCommitments.Karachi.Email)).Values));
    }

    [Fact]
    public async Task AMessageOlderThanTwelveHoursIsDroppedUnclaimed()
    {
        await using var h = new QueueHarness(azurite, Monday);
        var message = await PlanOneAsync(h, "pta-implementation-plan");
        h.Scan.Time.Advance(DigestWork.MaxAge + TimeSpan.FromMinutes(1));

        var outcome = await h.Worker.HandleAsync(message);

        Assert.IsType<DigestWorkOutcome.Stale>(outcome);
        Assert.Empty(h.Scan.Sender.Delivered);
        Assert.Empty(await h.Scan.StatesAsync(TestCommitments.Karachi.Email));
    }

    [Fact]
    public async Task ACommitmentCompletedSinceThePlanIsLeftOutOfTheDigest()
    {
        await using var h = new QueueHarness(azurite, Monday);
        var message = await PlanOneAsync(h, "customs-data-exchange", "pta-implementation-plan");
        var done = await h.Scan.Store.GetAsync("customs-data-exchange");
        await h.Scan.Store.UpsertAsync(done! with { Status = CommitmentStatus.Completed, Progress = 100 });

        var outcome = await h.Worker.HandleAsync(message);

        var delivered = Assert.IsType<DigestWorkOutcome.Delivered>(outcome);
        Assert.Equal(["pta-implementation-plan"], delivered.Digest.Items.Select(i => i.Commitment.Id));
    }

    [Fact]
    public async Task TheWorkerSignsTheOwnersLinkItself()
    {
        await using var h = new QueueHarness(azurite, Monday);
        var message = await PlanOneAsync(h, "pta-implementation-plan");

        await h.Worker.HandleAsync(message);

        var link = Assert.Single(Assert.Single(h.Scan.Sender.Delivered).Items).UpdateLink;
        Assert.Contains("/api/commitments/pta-implementation-plan/progress?token=", link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageThatIsNotFollowUpsIsRefusedWithoutSendingAnything()
    {
        await using var h = new QueueHarness(azurite, Monday);

        var refused = await Assert.ThrowsAsync<DigestWorkFormatException>(() => h.Worker.HandleAsync("{\"V\":1,\"Work\":{\"RunId\":\"r\"}}"));

        Assert.Contains("lacks", refused.Message, StringComparison.Ordinal);
        Assert.Empty(h.Scan.Sender.Delivered);
    }

    [Fact]
    public async Task TheRowTheClaimWroteIsTheOwnersDayRow()
    {
        await using var h = new QueueHarness(azurite, Monday);
        var message = await PlanOneAsync(h, "pta-implementation-plan");

        await h.Worker.HandleAsync(message);

        var states = await h.Scan.StatesAsync(TestCommitments.Karachi.Email);
        Assert.Equal("Sent", states["d|2026-11-30"]);
    }
}
