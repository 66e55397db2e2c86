using System.Text;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Commitments;

public sealed class EmailAddressLimitTests
{
    // 142 UTF-16 characters, so the old character count let it through, but 272 bytes in UTF-8.
    private static readonly string OverLinkLimit = new string('é', 130) + "@example.org";

    // 252 bytes in UTF-8, which a link carries, but 734 characters percent-encoded.
    private static readonly string OverKeyLimit = new string('é', 120) + "@example.org";

    [Fact]
    public void OwnerAddressLongerInUtf8ThanALinkCarriesIsRejectedForItsField()
    {
        var commitment = TestCommitments.Bilateral() with { Owners = [TestCommitments.Karachi, TestCommitments.Baku with { Email = OverLinkLimit }] };

        var error = Assert.Single(CommitmentValidator.Validate(commitment));

        Assert.Equal("owners[1].email", error.Field);
        Assert.Contains("272 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("signed update link carries at most 254", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnerAddressWhoseLedgerKeyExceedsTheTableKeyLimitIsRejectedForItsField()
    {
        var commitment = TestCommitments.Bilateral() with { Owners = [TestCommitments.Karachi with { Email = OverKeyLimit }] };

        var error = Assert.Single(CommitmentValidator.Validate(commitment));

        Assert.Equal("owners[0].email", error.Field);
        Assert.Contains($"{EmailAddresses.StorageKey(OverKeyLimit).Length} characters once percent-encoded", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 512", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TooLong))]
    public void EscalationAddressObeysTheSameLimitsAsAnOwners(string address)
    {
        var commitment = TestCommitments.Bilateral() with { EscalationEmail = address };

        Assert.Equal("escalationEmail", Assert.Single(CommitmentValidator.Validate(commitment)).Field);
    }

    public static TheoryData<string> TooLong() => [OverLinkLimit, OverKeyLimit];

    [Fact]
    public void AddressOfExactlyTheLinkLimitIsAccepted()
    {
        var address = new string('a', CommitmentValidator.MaxEmailUtf8Bytes - "@example.org".Length) + "@example.org";

        Assert.Equal(CommitmentValidator.MaxEmailUtf8Bytes, Encoding.UTF8.GetByteCount(address));
        Assert.True(CommitmentValidator.IsEmail(address));
    }
}
