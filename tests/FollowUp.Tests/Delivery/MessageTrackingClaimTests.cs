using FollowUp.Core.Delivery;
using FollowUp.Core.Email;

namespace FollowUp.Tests.Delivery;

/// <summary>What a message carries so that SendGrid's events find its ledger row, and how events fold into one state.</summary>
public sealed class MessageTrackingClaimTests
{
    private const string Claim = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void TrackingCarriesKindLocalDateRunAndClaimAndNoAddress()
    {
        var fields = new MessageTracking(MessageKind.Digest, "run-1", new DateOnly(2026, 11, 30), ["pta-implementation-plan"], Claim).Fields();

        Assert.Equal(("digest", "2026-11-30", "run-1", Claim), (fields["kind"], fields["local_date"], fields["run_id"], fields["claim_id"]));
        Assert.DoesNotContain(fields.Values, v => v.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public void ClaimIdThatIsNotOneTheLedgerMakesIsLeftOut()
    {
        var fields = new MessageTracking(MessageKind.Digest, "run-1", null, [], "someone@example.org").Fields();

        Assert.False(fields.ContainsKey("claim_id"));
    }

    [Fact]
    public void TrackingWithAThousandCommitmentsAndAClaimStaysUnderSendGridsLimit()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => $"commitment-with-a-rather-long-identifier-{i:D4}").ToList();
        var fields = new MessageTracking(MessageKind.Escalation, new string('r', 200), new DateOnly(2026, 11, 30), ids, Claim).Fields();

        Assert.True(MessageTracking.SerializedSize(fields) < MessageTracking.MaxBytes);
        Assert.Equal(Claim, fields["claim_id"]);
    }

    [Theory]
    [InlineData("delivered,processed")]
    [InlineData("processed,delivered")]
    [InlineData("processed,delivered,deferred")]
    [InlineData("deferred,delivered,processed")]
    public void DeliveredOutranksProcessedAndDeferredWhateverTheOrder(string events) =>
        Assert.Equal(DeliveryState.Delivered, DeliveryStates.From(events.Split(',')));

    [Theory]
    [InlineData("processed,bounce,delivered")]
    [InlineData("bounce,processed")]
    public void BounceIsFinal(string events) =>
        Assert.Equal(DeliveryState.Bounced, DeliveryStates.From(events.Split(',')));

    [Fact]
    public void MessageWithNoEventIsAccepted() =>
        Assert.Equal("accepted", DeliveryStates.Name(DeliveryStates.From([])));
}
