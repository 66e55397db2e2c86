using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Links;

public sealed class UpdateLinkBuilderTests
{
    private readonly LinkTestContext _links = new();

    [Fact]
    public void TheLinkPointsAtTheProgressRouteUnderTheFunctionsPrefix()
    {
        var link = _links.Builder.BuildUpdateLink("pak-aze-jc8-07", LinkTestContext.Owner("a@b.org"));

        Assert.Equal("https", link.Scheme);
        Assert.Equal("followup.example.org", link.Host);
        Assert.Equal("/api/commitments/pak-aze-jc8-07/progress", link.AbsolutePath);
        Assert.StartsWith("?token=", link.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTokenInTheLinkVerifiesForTheCommitmentInItsPath()
    {
        var link = _links.Builder.BuildUpdateLink("pak-aze-jc8-07", LinkTestContext.Owner("Owner@Ministry.gov"));
        var routeId = link.Segments[3].TrimEnd('/');
        var token = link.Query["?token=".Length..];

        var valid = Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.VerifyForCommitment(token, routeId));
        Assert.Equal("owner@ministry.gov", valid.Claims.OwnerEmail);
    }

    [Fact]
    public void TheRouteConstantIsTheOneTheHttpFunctionUses()
    {
        Assert.Equal("commitments/{id}/progress", LinkRoutes.Progress);
        Assert.Equal("api", LinkRoutes.RoutePrefix);
        Assert.Equal("commitments/a%2Fb/progress", LinkRoutes.ProgressPath("a/b"));
    }

    [Theory]
    [InlineData("https://followup.example.org/", "https://followup.example.org/api/commitments/c-1/progress")]
    [InlineData("https://example.org/followup", "https://example.org/followup/api/commitments/c-1/progress")]
    [InlineData("https://example.org/followup/", "https://example.org/followup/api/commitments/c-1/progress")]
    [InlineData("http://127.0.0.1:7071", "http://127.0.0.1:7071/api/commitments/c-1/progress")]
    [InlineData("http://localhost:5000/", "http://localhost:5000/api/commitments/c-1/progress")]
    public void TheBaseUrlIsJoinedWithExactlyOneSlash(string baseUrl, string expected)
    {
        var link = Builder(baseUrl).BuildUpdateLink("c-1", LinkTestContext.Owner("a@b.org"));

        Assert.Equal(expected, link.GetLeftPart(UriPartial.Path));
    }

    [Theory]
    [InlineData("http://followup.example.org")]
    [InlineData("ftp://followup.example.org")]
    [InlineData("followup.example.org")]
    [InlineData("https://example.org/?x=1")]
    [InlineData("https://user:pass@example.org/")]
    public void ABaseUrlThatWouldLeakOrMisdirectLinksIsAnErrorNamingTheSetting(string baseUrl)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Builder(baseUrl));

        Assert.Contains("FollowUp:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    private UpdateLinkBuilder Builder(string baseUrl)
    {
        var options = Options.Create(new FollowUpOptions { PublicBaseUrl = baseUrl, Links = _links.Options.Value.Links });
        return new UpdateLinkBuilder(new LinkTokenSigner(_links.Keys, options, _links.Time), options);
    }
}
