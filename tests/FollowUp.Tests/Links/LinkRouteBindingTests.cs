using FollowUp.Core.Configuration;
using FollowUp.Core.Links;

namespace FollowUp.Tests.Links;

public sealed class LinkRouteBindingTests
{
    private readonly LinkTestContext _links = new();

    [Fact]
    public void ATokenIsValidOnTheRouteOfItsOwnCommitment()
    {
        var token = _links.Signer.CreateToken("commitment-a", "a@b.org", 0);

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
        var token = _links.Signer.CreateToken("commitment-a", "a@b.org", 0);

        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.VerifyForCommitment(token, routeId));
    }

    [Fact]
    public void AnExpiredTokenForAnotherCommitmentIsInvalidRatherThanExpired()
    {
        var token = _links.Signer.CreateToken("commitment-a", "a@b.org", 0);
        _links.Time.Advance(TimeSpan.FromDays(31));

        Assert.IsType<LinkTokenResult.Expired>(_links.Verifier.VerifyForCommitment(token, "commitment-a"));
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.VerifyForCommitment(token, "commitment-b"));
    }

    [Theory]
    [InlineData("https://followup.example.org//evil.example.org")]
    [InlineData("https://followup.example.org///evil.example.org/")]
    [InlineData("https://followup.example.org/\\evil.example.org")]
    public void ABaseUrlWhosePathWouldRedirectToAnotherSiteIsRefusedAtStartUp(string baseUrl)
    {
        var result = new LinksOptionsValidator().Validate(null, new FollowUpOptions { PublicBaseUrl = baseUrl, Links = _links.Options.Value.Links });

        Assert.True(result.Failed);
        Assert.Contains("FollowUp:PublicBaseUrl must not have a path that starts with '//'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://followup.example.org/")]
    [InlineData("https://example.org/followup//")]
    [InlineData("https://example.org/a//b")]
    public void ABaseUrlWithAPathOnItsOwnSiteIsAccepted(string baseUrl)
    {
        var result = new LinksOptionsValidator().Validate(null, new FollowUpOptions { PublicBaseUrl = baseUrl, Links = _links.Options.Value.Links });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
