using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FollowUp.Core.Links;

namespace FollowUp.Tests.Links;

/// <summary>Tokens carry the owner's link generation (version 2); version-1 tokens already sent read as generation 0.</summary>
public sealed class LinkGenerationTokenTests
{
    private readonly LinkTestContext _links = new();

    [Fact]
    public void ATokenCarriesTheLinkGenerationItWasSignedWith()
    {
        var token = _links.Signer.CreateToken("c-1", "a@b.org", 7);

        Assert.Equal(7, Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.Verify(token)).Claims.Generation);
    }

    [Fact]
    public void AVersionOneTokenAlreadySentStillVerifiesAsGenerationZero()
    {
        var token = VersionOne("c-1", "a@b.org", LinkTestContext.Start.AddDays(30), 0x22);

        var claims = Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.Verify(token)).Claims;

        Assert.Equal(new LinkClaims("c-1", "a@b.org", LinkTestContext.Start.AddDays(30), "k2026", 0), claims);
    }

    [Fact]
    public void AVersionOneTokenSignedWithAnotherSecretIsInvalid()
    {
        var token = VersionOne("c-1", "a@b.org", LinkTestContext.Start.AddDays(30), 0x99);

        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(token));
    }

    [Fact]
    public void AVersionTwoTokenRelabelledAsVersionOneIsInvalid()
    {
        var bytes = Base64Url.DecodeFromChars(_links.Signer.CreateToken("c-1", "a@b.org", 0));
        bytes[0] = 0x01;

        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(Base64Url.EncodeToString(bytes)));
    }

    [Fact]
    public void ANegativeGenerationIsNeverSigned() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _links.Signer.CreateToken("c-1", "a@b.org", -1));

    /// <summary>A version-1 token as earlier releases issued it, byte for byte (see LinkTokenFormat).</summary>
    private static string VersionOne(string commitmentId, string email, DateTimeOffset expiresAt, byte secretFill)
    {
        var payload = new List<byte> { 0x01, 5 };
        payload.AddRange("k2026"u8.ToArray());
        var ticks = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(ticks, expiresAt.UtcTicks);
        payload.AddRange(ticks);
        foreach (var field in new[] { commitmentId, email })
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            payload.Add((byte)bytes.Length);
            payload.AddRange(bytes);
        }

        var secret = Enumerable.Repeat(secretFill, 32).ToArray();
        byte[] signed = [.. "FollowUp/update-link\0"u8.ToArray(), .. payload];
        var mac = HMACSHA256.HashData(secret, signed);
        return Base64Url.EncodeToString([.. payload, .. mac]);
    }
}
