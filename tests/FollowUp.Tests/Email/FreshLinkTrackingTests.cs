using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

/// <summary>A fresh link carries in SendGrid's <c>custom_args</c> what lets its events be found again, and nothing personal.</summary>
public sealed class FreshLinkTrackingTests : IClassFixture<FakeSendGrid>
{
    /// <summary>A claim as the link-request ledger hands it out: the row's version.</summary>
    private const string Claim = "W/\"datetime'2026-11-30T06%3A00%3A00.1234567Z'\"";

    private readonly FakeSendGrid _fake;

    public FreshLinkTrackingTests(FakeSendGrid fake)
    {
        _fake = fake;
        _fake.Server.Reset();
        _fake.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-7"));
    }

    private async Task<JsonElement> CustomArgsAsync(string? claim)
    {
        using var harness = new SendGridHarness(_fake.Url);
        var commitment = Commitment("visa-regime", Hostile, Today);
        Assert.True(await harness.FreshLinks.SendAsync(commitment, commitment.Owners[0], Link(commitment.Id), claim));
        using var json = JsonDocument.Parse(Assert.Single(_fake.Server.LogEntries).RequestMessage.Body!);
        return json.RootElement.GetProperty("personalizations")[0].GetProperty("custom_args").Clone();
    }

    [Fact]
    public async Task FreshLinkCarriesItsKindTheCommitmentAndAClaimIdFromTheRequest()
    {
        var args = await CustomArgsAsync(Claim);

        Assert.Equal("fresh-link", args.GetProperty("kind").GetString());
        Assert.Equal("visa-regime", args.GetProperty("commitment_ids").GetString());
        Assert.Matches("^[0-9a-f]{32}$", args.GetProperty("claim_id").GetString());
    }

    [Fact]
    public async Task TwoRequestsGetDifferentClaimIdsAndOneRequestAlwaysTheSame()
    {
        var first = (await CustomArgsAsync(Claim)).GetProperty("claim_id").GetString();
        _fake.Server.ResetLogEntries();
        var again = (await CustomArgsAsync(Claim)).GetProperty("claim_id").GetString();
        _fake.Server.ResetLogEntries();
        var other = (await CustomArgsAsync(Claim.Replace("1234567", "7654321", StringComparison.Ordinal))).GetProperty("claim_id").GetString();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task FreshLinkCustomArgsHoldNoAddressNameTitleOrLink()
    {
        var args = (await CustomArgsAsync(Claim)).GetRawText();

        Assert.DoesNotContain("@", args, StringComparison.Ordinal);
        Assert.DoesNotContain(OwnerMinistry, args, StringComparison.Ordinal);
        Assert.DoesNotContain("token", args, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("datetime", args, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAClaimNoClaimIdIsSent()
    {
        var args = await CustomArgsAsync(null);

        Assert.False(args.TryGetProperty("claim_id", out _));
    }
}
