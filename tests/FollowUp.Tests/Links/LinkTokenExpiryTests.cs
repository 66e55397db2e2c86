using FollowUp.Core.Links;

namespace FollowUp.Tests.Links;

/// <summary>A token is valid strictly before ExpiresAt, expired at and after it, and refused once the grace after expiry is over.</summary>
public sealed class LinkTokenExpiryTests
{
    private readonly LinkTestContext _links = new();
    private readonly string _token;
    private readonly DateTimeOffset _expiresAt = LinkTestContext.Start.AddDays(30);

    public LinkTokenExpiryTests() => _token = _links.Signer.CreateToken("c-1", "Owner@Ministry.gov", 0);

    [Fact]
    public void ATokenIsValidOneTickBeforeItExpires()
    {
        _links.Time.SetUtcNow(_expiresAt.AddTicks(-1));

        Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.Verify(_token));
    }

    [Fact]
    public void ATokenIsExpiredAtItsExpiryInstant()
    {
        _links.Time.SetUtcNow(_expiresAt);

        Assert.IsType<LinkTokenResult.Expired>(_links.Verifier.Verify(_token));
    }

    [Fact]
    public void ATokenIsExpiredAfterItsExpiry()
    {
        _links.Time.SetUtcNow(_expiresAt.AddDays(1));

        Assert.IsType<LinkTokenResult.Expired>(_links.Verifier.Verify(_token));
    }

    [Fact]
    public void AnExpiredTokenCanStillAskForAFreshLinkOneTickBeforeTheGraceEnds()
    {
        _links.Time.SetUtcNow(_expiresAt.AddDays(90).AddTicks(-1));

        Assert.IsType<LinkTokenResult.Expired>(_links.Verifier.Verify(_token));
    }

    [Fact]
    public void ATokenExpiredLongerThanTheGraceIsRefusedLikeOneWeDidNotSign()
    {
        _links.Time.SetUtcNow(_expiresAt.AddDays(90));

        Assert.Same(LinkTokenResult.Invalid.Instance, _links.Verifier.Verify(_token));
    }

    [Fact]
    public void TheGraceAfterExpiryComesFromTheOptions()
    {
        _links.Options.Value.Links.FreshLinkGraceDays = 0;
        var verifier = new LinkTokenVerifier(_links.Keys, _links.Options, _links.Time);
        _links.Time.SetUtcNow(_expiresAt);

        Assert.IsType<LinkTokenResult.Invalid>(verifier.Verify(_token));
    }

    [Fact]
    public void AnExpiredTokenStillCarriesItsClaimsSoTheOwnerCanAskForAFreshLink()
    {
        _links.Time.SetUtcNow(_expiresAt.AddSeconds(1));

        var expired = Assert.IsType<LinkTokenResult.Expired>(_links.Verifier.Verify(_token));

        Assert.Equal(new LinkClaims("c-1", "owner@ministry.gov", _expiresAt, "k2026", 0), expired.Claims);
    }

    [Fact]
    public void TheLifetimeComesFromTheOptions()
    {
        _links.Options.Value.Links.LifetimeDays = 7;
        var signer = new LinkTokenSigner(_links.Keys, _links.Options, _links.Time);

        var token = signer.CreateToken("c-1", "a@b.org", 0);

        var claims = Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.Verify(token)).Claims;
        Assert.Equal(LinkTestContext.Start.AddDays(7), claims.ExpiresAt);
    }

    [Fact]
    public void AnExpiredTokenThatWasTamperedWithIsInvalidNotExpired()
    {
        _links.Time.SetUtcNow(_expiresAt.AddDays(1));
        var tampered = _token[..^2] + (_token[^2] == 'A' ? 'B' : 'A') + _token[^1];

        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(tampered));
    }
}
