using Azure;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Reminders;

/// <summary>What the scan does with each kind of send outcome, and with an address one of whose steps fails.</summary>
public sealed class ScanOutcomeTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    // Monday 30 November 2026, 10:00 in Karachi.
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(5));

    private static readonly ResponsibleParty Commerce = new("Ministry of Commerce", "commerce.pk@example.org", "Asia/Karachi", OwnerRole.Lead);
    private static readonly ResponsibleParty Economy = new("Ministry of Economy", "economy.az@example.org", "Asia/Baku", OwnerRole.Counterpart);
    private static readonly ResponsibleParty Customs = new("Federal Board of Revenue (Customs)", "customs.pk@example.org", "Asia/Karachi", OwnerRole.Lead);

    private const string Secretariat = "jc-secretariat@example.org";

    /// <summary>Three owners with a first overdue reminder due today, one of them escalated (due+15).</summary>
    private async Task<ScanHarness> ThreeOwnersAsync()
    {
        var h = new ScanHarness(azurite, Monday);
        await h.SeedAsync(TestCommitments.Bilateral("pta-implementation-plan", new DateOnly(2026, 11, 15)) with { Owners = [Commerce] });
        await h.SeedAsync(TestCommitments.Bilateral("pta-tariff-notices", new DateOnly(2026, 11, 29)) with { Owners = [Economy] });
        await h.SeedAsync(TestCommitments.Bilateral("customs-edi-mou", new DateOnly(2026, 11, 29)) with { Owners = [Customs] });
        return h;
    }

    [Fact]
    public async Task UnknownOutcomeIsRecordedAsUnknownAndNeverSentAgain()
    {
        await using var h = await ThreeOwnersAsync();
        h.Sender.Answers[Economy.Email] = new SendResult.Unknown("SendGrid did not answer in time (20 s)");

        var first = await h.Scan.RunAsync(Monday);
        var laterThatDay = await h.Scan.RunAsync(Monday.AddHours(2));
        var nextDay = await h.Scan.RunAsync(Monday.AddDays(1));

        Assert.Equal((1, 0, true), (first.Unknown, first.Failed, first.NeedsAttention));
        Assert.Contains("did not answer in time", first.Digests.Single(d => d.Digest.To == Economy.Email).Error, StringComparison.Ordinal);
        Assert.Equal("Unknown", (await h.StatesAsync(Economy.Email))["d|2026-11-30"]);
        Assert.DoesNotContain(laterThatDay.Digests.Concat(nextDay.Digests), d => d.Digest.To == Economy.Email && d.Delivery != DigestDelivery.Skipped);
        Assert.Single(h.Sender.Delivered, d => d.To == Economy.Email);
    }

    [Fact]
    public async Task SandboxedDigestIsRecordedAsSuchAndItsNudgesAreStillOwed()
    {
        await using var h = await ThreeOwnersAsync();
        h.Sender.Answers[Economy.Email] = new SendResult.Sandboxed("sandbox-1");

        var first = await h.Scan.RunAsync(Monday);
        h.Sender.Answers.Clear();
        var second = await h.Scan.RunAsync(Monday.AddHours(1));

        Assert.Equal(DigestDelivery.Sandboxed, first.Digests.Single(d => d.Digest.To == Economy.Email).Delivery);
        Assert.Equal(2, first.Sent);
        Assert.Equal((1, Economy.Email), (second.Sent, second.Digests.Single(d => d.Delivery == DigestDelivery.Sent).Digest.To));
        Assert.Equal("Sent", (await h.StatesAsync(Economy.Email))["d|2026-11-30"]);
    }

    [Fact]
    public async Task AnAddressNoLinkCanCarryIsPassedOverAndEveryOtherOwnerIsStillSent()
    {
        await using var h = await ThreeOwnersAsync();

        // Stored by a tool that bypassed import validation: 300 bytes, more than a token can carry.
        var tooLong = new string('a', 280) + "@example.org";
        await h.SeedAsync(TestCommitments.Bilateral("cotton-research", new DateOnly(2026, 11, 29)) with { Owners = [Commerce with { Email = tooLong }] });

        var report = await h.Scan.RunAsync(Monday);

        var skipped = Assert.Single(report.SkippedAddresses);
        Assert.Equal((tooLong, MessageKind.Digest, "cotton-research"), (skipped.Address, skipped.Kind, Assert.Single(skipped.CommitmentIds)));
        Assert.Contains("254 bytes", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(3, report.Sent);
        Assert.True(report.NeedsAttention);
    }

    [Fact]
    public async Task ALedgerReadThatFailsForOneAddressPassesOverThatAddressAlone()
    {
        await using var h = await ThreeOwnersAsync();
        h.Ledger.BeforeRead = (_, address) => address == Economy.Email ? Task.FromException(new RequestFailedException(503, "Server busy", "ServerBusy", null)) : Task.CompletedTask;

        var report = await h.Scan.RunAsync(Monday);

        var skipped = Assert.Single(report.SkippedAddresses);
        Assert.Equal((Economy.Email, "Table Storage answered 503 ServerBusy"), (skipped.Address, skipped.Reason));
        Assert.Equal(2, report.Sent);
        Assert.Equal(1, report.EscalationsSent);
    }

    [Fact]
    public async Task AClaimThatFailsUnexpectedlyPassesOverThatAddressAndTheRunGoesOn()
    {
        await using var h = await ThreeOwnersAsync();
        h.Ledger.BeforeClaim = entry => entry.To == Commerce.Email ? Task.FromException(new InvalidOperationException("a bug")) : Task.CompletedTask;

        var report = await h.Scan.RunAsync(Monday);

        Assert.Equal((Commerce.Email, "InvalidOperationException: a bug"), (Assert.Single(report.SkippedAddresses).Address, report.SkippedAddresses[0].Reason));
        Assert.Equal(DigestDelivery.Skipped, report.Digests.Single(d => d.Digest.To == Commerce.Email).Delivery);
        Assert.Equal((2, 1), (report.Sent, report.EscalationsSent));
        Assert.Empty(await h.StatesAsync(Commerce.Email));
    }

    [Fact]
    public async Task EscalationIsSentOncePerDayAndARefusedOneIsSentByTheNextRun()
    {
        await using var h = await ThreeOwnersAsync();
        h.Sender.Refused.Add(Secretariat);

        var refused = await h.Scan.RunAsync(Monday);
        h.Sender.Refused.Clear();
        var retried = await h.Scan.RunAsync(Monday.AddHours(1));
        var again = await h.Scan.RunAsync(Monday.AddHours(2));

        Assert.Equal((DigestDelivery.Failed, 3), (Assert.Single(refused.Escalations).Delivery, refused.Sent));
        var escalation = Assert.Single(retried.Escalations).Escalation;
        Assert.Equal((Secretariat, "pta-implementation-plan", 15), (escalation.To, Assert.Single(escalation.Items).Commitment.Id, escalation.Items[0].DaysOverdue));
        Assert.Equal(["Ministry of Commerce"], escalation.Items[0].Owners.Select(o => o.Ministry));
        Assert.Empty(again.Escalations);
        Assert.Single(h.Sender.Escalations);
        Assert.Equal("Sent", (await h.StatesAsync(Secretariat))["e|2026-11-30"]);
    }
}
