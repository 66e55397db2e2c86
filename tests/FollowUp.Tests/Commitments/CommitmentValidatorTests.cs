using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Commitments;

public sealed class CommitmentValidatorTests
{
    [Fact]
    public void BilateralCommitmentWithEveryRequiredFieldIsValid()
    {
        Assert.Empty(CommitmentValidator.Validate(TestCommitments.Bilateral()));
    }

    public static TheoryData<Commitment, string> Broken()
    {
        var ok = TestCommitments.Bilateral();
        return new()
        {
            { ok with { Id = "" }, "id" },
            { ok with { Id = "Has-Capitals" }, "id" },
            { ok with { Id = "-leading-hyphen" }, "id" },
            { ok with { Id = "under_score" }, "id" },
            { ok with { Id = new string('a', 65) }, "id" },
            { ok with { Commission = "JC 8" }, "commission" },
            { ok with { Title = "  " }, "title" },
            { ok with { Title = new string('t', 201) }, "title" },
            { ok with { Sector = "" }, "sector" },
            { ok with { Progress = -1 }, "progress" },
            { ok with { Progress = 101 }, "progress" },
            { ok with { Status = CommitmentStatus.Completed, Progress = 90 }, "progress" },
            { ok with { Status = (CommitmentStatus)42 }, "status" },
            { ok with { EscalationEmail = "secretariat at example.org" }, "escalationEmail" },
            { ok with { Owners = [] }, "owners" },
            { ok with { Owners = [TestCommitments.Karachi with { Email = "Ministry <commerce.pk@example.org>" }] }, "owners[0].email" },
            { ok with { Owners = [TestCommitments.Karachi, TestCommitments.Baku with { Email = "COMMERCE.PK@example.org" }] }, "owners[1].email" },
            { ok with { Owners = [TestCommitments.Karachi with { TimeZone = "Pakistan Standard Time" }] }, "owners[0].timeZone" },
            { ok with { Owners = [TestCommitments.Karachi with { TimeZone = "Asia/Atlantis" }] }, "owners[0].timeZone" },
            { ok with { Owners = [TestCommitments.Karachi with { Ministry = "" }] }, "owners[0].ministry" },
        };
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void EachBrokenFieldIsReportedByItsImportName(Commitment commitment, string field)
    {
        var errors = CommitmentValidator.Validate(commitment);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("Asia/Karachi", true)]
    [InlineData("Asia/Baku", true)]
    [InlineData("UTC", true)]
    [InlineData("Europe/London", true)]
    [InlineData("Azerbaijan Standard Time", false)]
    [InlineData("GMT+5", false)]
    [InlineData("", false)]
    public void OnlyIanaZoneIdsAreAccepted(string zone, bool accepted)
    {
        Assert.Equal(accepted, CommitmentValidator.IsIanaTimeZone(zone));
    }

    [Fact]
    public void CompletedCommitmentIsNoLongerOpen()
    {
        var done = TestCommitments.Bilateral() with { Status = CommitmentStatus.Completed, Progress = 100 };

        Assert.False(done.IsOpen);
        Assert.True(TestCommitments.Bilateral().IsOpen);
    }
}
