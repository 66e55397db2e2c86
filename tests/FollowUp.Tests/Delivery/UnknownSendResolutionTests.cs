using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using FollowUp.Tests.Reminders;
using FollowUp.Tests.TestSupport;
using static FollowUp.Tests.Delivery.DeliveryScan;

namespace FollowUp.Tests.Delivery;

/// <summary>A send of unknown outcome, resolved by SendGrid's events or by the grace period, read by the next scan.</summary>
public sealed class UnknownSendResolutionTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static int DigestsTo(ScanHarness h) => h.Sender.Delivered.Count(d => d.To == Commerce.Email);

    private static async Task<ScanHarness> UnknownAsync(AzuriteStorage azurite, bool webhook = true)
    {
        var h = await OneOwnerAsync(azurite, webhook);
        h.Sender.Answers[Commerce.Email] = new SendResult.Unknown("SendGrid did not answer in time (20 s)");
        Assert.Equal(1, (await h.Scan.RunAsync()).Unknown);
        h.Sender.Answers.Clear();
        return h;
    }

    [Fact]
    public async Task UnknownSendWithNoEventIsSentAgainOnceTheGracePeriodHasPassed()
    {
        await using var h = await UnknownAsync(azurite);
        h.Time.Advance(TimeSpan.FromMinutes(61));

        var next = await h.Scan.RunAsync();

        Assert.Equal(DigestDelivery.Sent, next.Digests.Single(d => d.Digest.To == Commerce.Email).Delivery);
        Assert.Equal(2, DigestsTo(h));
    }

    [Fact]
    public async Task UnknownSendWithNoEventStaysClaimedWithinTheGracePeriod()
    {
        await using var h = await UnknownAsync(azurite);
        h.Time.Advance(TimeSpan.FromMinutes(59));

        await h.Scan.RunAsync();

        Assert.Equal(1, DigestsTo(h));
    }

    [Fact]
    public async Task WithoutTheWebhookAnUnknownSendStaysClaimedWhateverTheTime()
    {
        await using var h = await UnknownAsync(azurite, webhook: false);
        h.Time.Advance(TimeSpan.FromHours(5));

        await h.Scan.RunAsync();

        Assert.Equal(1, DigestsTo(h));
    }

    [Fact]
    public async Task UnknownSendThatSendGridProcessedIsNotSentAgainAfterTheGracePeriod()
    {
        await using var h = await UnknownAsync(azurite);
        await EventAsync(h, "processed", Monday.AddMinutes(1));
        h.Time.Advance(TimeSpan.FromMinutes(61));

        await h.Scan.RunAsync();

        Assert.Equal(1, DigestsTo(h));
    }

    [Fact]
    public async Task UnknownSendThatSendGridDroppedIsSentAgainByTheNextRun()
    {
        await using var h = await UnknownAsync(azurite);
        await EventAsync(h, "dropped", Monday.AddMinutes(1), reason: "Invalid SMTPAPI header");
        h.Time.Advance(TimeSpan.FromMinutes(5));

        await h.Scan.RunAsync();

        Assert.Equal(2, DigestsTo(h));
    }

    [Fact]
    public async Task EventForAnEarlierClaimOfTheDayIsNotTakenForItsReplacement()
    {
        await using var h = await OneOwnerAsync(azurite);
        h.Sender.Refused.Add(Commerce.Email);
        await h.Scan.RunAsync();
        var refusedClaim = h.Sender.ClaimIds[Commerce.Email];
        h.Sender.Refused.Clear();
        h.Sender.Answers[Commerce.Email] = new SendResult.Unknown("SendGrid did not answer in time (20 s)");
        await h.Scan.RunAsync();
        h.Sender.Answers.Clear();
        Assert.NotEqual(refusedClaim, h.Sender.ClaimIds[Commerce.Email]);

        await EventAsync(h, "processed", Monday.AddMinutes(1), claimId: refusedClaim);
        h.Time.Advance(TimeSpan.FromMinutes(61));
        await h.Scan.RunAsync();

        Assert.Equal(2, DigestsTo(h));
    }

    [Fact]
    public async Task SendClaimedByARunThatDiedIsReleasedOnceTheGracePeriodHasPassed()
    {
        await using var h = await OneOwnerAsync(azurite);
        using (var stop = new CancellationTokenSource())
        {
            h.Sender.BeforeSend = _ =>
            {
                stop.Cancel();
                stop.Token.ThrowIfCancellationRequested();
            };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Scan.RunAsync(cancellationToken: stop.Token));
        }

        h.Sender.BeforeSend = null;
        Assert.Equal("Claimed", (await h.StatesAsync(Commerce.Email))["d|2026-11-30"]);
        h.Time.Advance(TimeSpan.FromMinutes(61));

        await h.Scan.RunAsync();

        Assert.Single(h.Sender.Delivered, d => d.To == Commerce.Email);
    }
}
