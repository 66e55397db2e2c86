using FollowUp.Core.Links;

namespace FollowUp.Tests.Links;

public sealed class LinkRouteBindingTests
{
    private readonly LinkTestContext _links = new();

    [Fact]
    public void ATokenIsValidOnTheRouteOfItsOwnCommitment()
    {
        var token = _links.Signer.CreateToken("commitment-a", "a@b.org");

        Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.VerifyForCommitment(token, "commitment-a"));
    }

    [Theory]
    [InlineData("commitment-b")]
    [InlineData("Commitment-A")]
    [InlineData("commitment-a ")]
    [InlineData("")]
    [InlineData(null)]
    public void ATokenForOneCommitmentIsInvalidOnTheRouteOfAnother(string? routeId)
    {
        var token = _links.Signer.CreateToken("commitment-a", "a@b.org");

        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.VerifyForCommitment(token, routeId));
    }

    [Fact]
    public void AnExpiredTokenForAnotherCommitmentIsInvalidRatherThanExpired()
    {
        var token = _links.Signer.CreateToken("commitment-a", "a@b.org");
        _links.Time.Advance(TimeSpan.FromDays(31));

        Assert.IsType<LinkTokenResult.Expired>(_links.Verifier.VerifyForCommitment(token, "commitment-a"));
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.VerifyForCommitment(token, "commitment-b"));
    }
}
