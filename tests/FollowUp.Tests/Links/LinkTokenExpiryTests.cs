using FollowUp.Core.Links;

namespace FollowUp.Tests.Links;

/// <summary>A token is valid strictly before ExpiresAt and expired at and after it.</summary>
public sealed class LinkTokenExpiryTests
{
    private readonly LinkTestContext _links = new();
    private readonly string _token;
    private readonly DateTimeOffset _expiresAt = LinkTestContext.Start.AddDays(30);

    public LinkTokenExpiryTests() => _token = _links.Signer.CreateToken("c-1", "Owner@Ministry.gov");

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
        _links.Time.Advance(TimeSpan.FromDays(400));

        Assert.IsType<LinkTokenResult.Expired>(_links.Verifier.Verify(_token));
    }

    [Fact]
    public void AnExpiredTokenStillCarriesItsClaimsSoTheOwnerCanAskForAFreshLink()
    {
        _links.Time.SetUtcNow(_expiresAt.AddSeconds(1));

        var expired = Assert.IsType<LinkTokenResult.Expired>(_links.Verifier.Verify(_token));

        Assert.Equal(new LinkClaims("c-1", "owner@ministry.gov", _expiresAt, "k2026"), expired.Claims);
    }

    [Fact]
    public void TheLifetimeComesFromTheOptions()
    {
        _links.Options.Value.Links.LifetimeDays = 7;
        var signer = new LinkTokenSigner(_links.Keys, _links.Options, _links.Time);

        var token = signer.CreateToken("c-1", "a@b.org");

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
