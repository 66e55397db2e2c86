using System.Buffers.Text;
using FollowUp.Core.Links;

namespace FollowUp.Tests.Links;

public sealed class LinkKeyRotationTests
{
    private readonly LinkTestContext _links = new(LinkTestContext.OldKey);

    [Fact]
    public void ATokenCheckedWithADifferentSecretUnderTheSameIdIsInvalid()
    {
        var token = _links.Signer.CreateToken("c-1", "a@b.org", 0);
        var impostor = LinkTestContext.Key(LinkTestContext.OldKey.Id, 0x99);

        Assert.IsType<LinkTokenResult.Invalid>(_links.VerifierWith(impostor).Verify(token));
    }

    [Fact]
    public void ATokenNamingAKeyIdThatIsNotConfiguredIsInvalid()
    {
        var token = _links.Signer.CreateToken("c-1", "a@b.org", 0);

        Assert.IsType<LinkTokenResult.Invalid>(_links.VerifierWith(LinkTestContext.NewKey).Verify(token));
    }

    [Fact]
    public void RelabellingATokenWithAnotherConfiguredKeyIdIsInvalid()
    {
        // Same length ids, so only the label changes: the MAC covers the key id.
        var both = new LinkTestContext(LinkTestContext.OldKey, LinkTestContext.NewKey);
        var bytes = Base64Url.DecodeFromChars(both.Signer.CreateToken("c-1", "a@b.org", 0));
        "k2026"u8.CopyTo(bytes.AsSpan(2));

        Assert.IsType<LinkTokenResult.Invalid>(both.Verifier.Verify(Base64Url.EncodeToString(bytes)));
    }

    [Fact]
    public void ATokenSignedWithTheOldKeyStaysValidWhileTheOldKeyIsListedSecond()
    {
        var token = _links.Signer.CreateToken("c-1", "a@b.org", 0);

        var rotated = _links.VerifierWith(LinkTestContext.NewKey, LinkTestContext.OldKey);

        var claims = Assert.IsType<LinkTokenResult.Valid>(rotated.Verify(token)).Claims;
        Assert.Equal("k2025", claims.KeyId);
    }

    [Fact]
    public void AfterRotationNewTokensAreSignedWithTheFirstKey()
    {
        var rotated = new LinkTestContext(LinkTestContext.NewKey, LinkTestContext.OldKey);

        var token = rotated.Signer.CreateToken("c-1", "a@b.org", 0);

        Assert.Equal("k2026", Assert.IsType<LinkTokenResult.Valid>(rotated.Verifier.Verify(token)).Claims.KeyId);
        Assert.IsType<LinkTokenResult.Invalid>(rotated.VerifierWith(LinkTestContext.OldKey).Verify(token));
    }

    [Fact]
    public void ATokenSignedWithARemovedKeyIsInvalid()
    {
        var token = _links.Signer.CreateToken("c-1", "a@b.org", 0);

        Assert.IsType<LinkTokenResult.Invalid>(_links.VerifierWith(LinkTestContext.NewKey).Verify(token));
    }
}
