using System.Buffers.Text;
using FollowUp.Core.Links;

namespace FollowUp.Tests.Links;

public sealed class LinkTokenTamperingTests
{
    private readonly LinkTestContext _links = new();
    private readonly string _token;

    public LinkTokenTamperingTests() => _token = _links.Signer.CreateToken("pak-aze-jc8-07", "focal.point@mofa.gov.pk", 0);

    [Fact]
    public void EveryBitFlippedInAnyByteOfTheTokenMakesItInvalid()
    {
        var bytes = Base64Url.DecodeFromChars(_token);
        Assert.IsType<LinkTokenResult.Valid>(_links.Verifier.Verify(_token));

        var accepted = new List<string>();
        for (var position = 0; position < bytes.Length; position++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var tampered = (byte[])bytes.Clone();
                tampered[position] ^= (byte)(1 << bit);
                if (_links.Verifier.Verify(Base64Url.EncodeToString(tampered)) is not LinkTokenResult.Invalid)
                {
                    accepted.Add($"byte {position} bit {bit}");
                }
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void EveryBitFlippedInAnyCharacterOfTheTokenMakesItInvalid()
    {
        // Covers what the byte loop cannot: the text itself, including the spare low bits of the last
        // character, which a lenient decoder would ignore and so accept a second spelling of the token.
        var accepted = new List<string>();
        for (var position = 0; position < _token.Length; position++)
        {
            for (var bit = 0; bit < 16; bit++)
            {
                var chars = _token.ToCharArray();
                chars[position] = (char)(chars[position] ^ (1 << bit));
                if (_links.Verifier.Verify(new string(chars)) is not LinkTokenResult.Invalid)
                {
                    accepted.Add($"char {position} bit {bit}");
                }
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void EveryTruncationOfTheTokenIsInvalid()
    {
        for (var length = 0; length < _token.Length; length++)
        {
            Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(_token[..length]));
        }
    }

    [Theory]
    [InlineData("A")]
    [InlineData("AA")]
    [InlineData("=")]
    [InlineData("_")]
    [InlineData(" ")]
    public void ExtendingTheTokenMakesItInvalid(string suffix) =>
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(_token + suffix));

    [Fact]
    public void ExtraBytesAfterTheMacMakeTheTokenInvalid()
    {
        var bytes = Base64Url.DecodeFromChars(_token).Append((byte)0).ToArray();

        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(Base64Url.EncodeToString(bytes)));
    }

    [Fact]
    public void PaddingOrWhitespaceAroundAnOtherwiseGoodTokenMakesItInvalid()
    {
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(_token + "=="));
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(" " + _token));
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(_token.Insert(10, "\n")));
    }

    [Fact]
    public void AStandardBase64SpellingOfTheTokenIsInvalid()
    {
        var standard = Convert.ToBase64String(Base64Url.DecodeFromChars(_token));
        Assert.NotEqual(_token, standard.TrimEnd('='));

        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(standard));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AQ")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    [InlineData("%00%00")]
    public void GarbageIsInvalid(string? token) =>
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(token));

    [Fact]
    public void ATokenWithAnUnknownVersionIsInvalid()
    {
        var bytes = Base64Url.DecodeFromChars(_token);
        bytes[0] = 0x03;

        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(Base64Url.EncodeToString(bytes)));
    }

    [Fact]
    public void AnOversizedTokenIsRejectedWithoutAllocating()
    {
        var huge = new string('A', 1_000_000);
        _ = _links.Verifier.Verify(huge);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = _links.Verifier.Verify(huge);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.IsType<LinkTokenResult.Invalid>(result);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ATokenJustOverTheLengthLimitIsInvalidEvenIfItDecodes()
    {
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(new string('A', 513)));
        Assert.IsType<LinkTokenResult.Invalid>(_links.Verifier.Verify(new string('A', 512)));
    }
}
