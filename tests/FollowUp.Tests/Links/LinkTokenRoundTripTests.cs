using FollowUp.Core.Links;

namespace FollowUp.Tests.Links;

public sealed class LinkTokenRoundTripTests
{
    private readonly LinkTestContext _links = new();

    [Fact]
    public void ATokenVerifiesToTheClaimsItWasIssuedFor()
    {
        var token = _links.Signer.CreateToken("pak-aze-jc8-07", "focal.point@mofa.gov.pk", 0);

        var result = _links.Verifier.Verify(token);

        var valid = Assert.IsType<LinkTokenResult.Valid>(result);
        Assert.Equal(
            new LinkClaims("pak-aze-jc8-07", "focal.point@mofa.gov.pk", LinkTestContext.Start.AddDays(30), "k2026", 0),
            valid.Claims);
        Assert.Equal(TimeSpan.Zero, valid.Claims.ExpiresAt.Offset);
    }

    [Fact]
    public void ATokenIsUrlSafeBase64WithoutPaddingAndStartsWithTheVersionByte()
    {
        var token = _links.Signer.CreateToken("c-1", "a@b.org", 0);

        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.Equal(0x02, System.Buffers.Text.Base64Url.DecodeFromChars(token)[0]);
    }

    [Fact]
    public void TheOwnerAddressIsBoundWithoutRegardToLetterCase()
    {
        var upper = _links.Signer.CreateToken("c-1", "Focal.Point@MOFA.gov.pk", 0);
        var lower = _links.Signer.CreateToken("c-1", "focal.point@mofa.gov.pk", 0);

        Assert.Equal(lower, upper);
        var claims = Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.Verify(upper)).Claims;
        Assert.Equal("focal.point@mofa.gov.pk", claims.OwnerEmail);
        Assert.True(claims.IsOwnedBy("FOCAL.POINT@mofa.GOV.PK"));
        Assert.False(claims.IsOwnedBy("someone.else@mofa.gov.pk"));
    }

    [Fact]
    public void TheLongestAcceptedIdAndAddressStillFitTheTokenLimit()
    {
        var id = new string('c', 64);
        var email = new string('a', 64) + "@" + new string('b', 185) + ".org";
        var keys = new LinkTestContext(LinkTestContext.Key("sixteen-chars-id", 0x33));

        var token = keys.Signer.CreateToken(id, email, 0);

        Assert.InRange(token.Length, 1, 512);
        var claims = Assert.IsType<LinkTokenResult.Valid>(keys.Verifier.Verify(token)).Claims;
        Assert.Equal(id, claims.CommitmentId);
        Assert.Equal(email, claims.OwnerEmail);
    }

    [Fact]
    public void NonAsciiAddressesRoundTrip()
    {
        var token = _links.Signer.CreateToken("c-1", "Dér.Kanzler@Bundesministerium.de", 0);

        var claims = Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.Verify(token)).Claims;
        Assert.Equal("dér.kanzler@bundesministerium.de", claims.OwnerEmail);
    }

    [Theory]
    [InlineData("", "a@b.org")]
    [InlineData("c-1", "")]
    public void SigningRefusesEmptyValues(string commitmentId, string ownerEmail) =>
        Assert.ThrowsAny<ArgumentException>(() => _links.Signer.CreateToken(commitmentId, ownerEmail, 0));

    [Fact]
    public void SigningRefusesValuesTooLongForTheTokenWithoutRepeatingThem()
    {
        var email = new string('x', 250) + "@b.org";

        var error = Assert.Throws<ArgumentException>(() => _links.Signer.CreateToken("c-1", email, 0));

        Assert.Equal("ownerEmail", error.ParamName);
        Assert.DoesNotContain("xxxx", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _links.Signer.CreateToken(new string('c', 65), "a@b.org", 0));
    }
}
