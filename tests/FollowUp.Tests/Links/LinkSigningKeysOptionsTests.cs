using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Links;

public sealed class LinkSigningKeysOptionsTests
{
    // Valid base64 of 31 bytes: right format, too short.
    private const string ShortSecret = "c2hvcnQtc2VjcmV0LW9mLXRoaXJ0eS1vbmUtYnl0ZQ==";
    private const string NotBase64Secret = "this-is-not-base64!-but-long-enough-to-matter";

    [Fact]
    public void MissingKeysAreAnErrorNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => LinkSigningKeys.FromOptions(new LinksOptions()));

        Assert.Contains("FollowUp:Links:SigningKeys is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecretThatIsNotBase64IsAnErrorNamingItsIndexWithoutPrintingIt()
    {
        var options = Links(LinkTestContext.NewKey, Raw("bad", NotBase64Secret));

        var error = Assert.Throws<OptionsValidationException>(() => LinkSigningKeys.FromOptions(options));

        Assert.Contains("FollowUp:Links:SigningKeys:1:Secret is not valid base64", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(NotBase64Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecretShorterThan32BytesIsAnErrorNamingItsIndexWithoutPrintingIt()
    {
        Assert.Equal(31, Convert.FromBase64String(ShortSecret).Length);
        var options = Links(Raw("short", ShortSecret));

        var error = Assert.Throws<OptionsValidationException>(() => LinkSigningKeys.FromOptions(options));

        Assert.Contains("FollowUp:Links:SigningKeys:0:Secret is shorter than 32 bytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ShortSecret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ShortSecret.TrimEnd('='), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingSecretIsAnErrorNamingItsIndex()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => LinkSigningKeys.FromOptions(Links(Raw("k1", ""))));

        Assert.Contains("FollowUp:Links:SigningKeys:0:Secret is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("seventeen-chars-x")]
    [InlineData("ключ")]
    public void AnUnusableKeyIdIsAnErrorNamingItsIndexWithoutPrintingIt(string id)
    {
        var options = Links(LinkTestContext.Key(id, 0x44));

        var error = Assert.Throws<OptionsValidationException>(() => LinkSigningKeys.FromOptions(options));

        Assert.Contains("FollowUp:Links:SigningKeys:0:Id must be 1 to 16", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("k1", "k1")]
    [InlineData("k1", "K1")]
    public void DuplicateKeyIdsAreAnError(string first, string second)
    {
        var options = Links(LinkTestContext.Key(first, 0x01), LinkTestContext.Key(second, 0x02));

        var error = Assert.Throws<OptionsValidationException>(() => LinkSigningKeys.FromOptions(options));

        Assert.Contains("FollowUp:Links:SigningKeys:1:Id is the same as", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        var options = Links(Raw("a", ShortSecret), Raw("b", NotBase64Secret));

        var errors = LinkSigningKeys.Validate(options);

        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void ValidKeysProduceNoErrorsAndTheFirstSigns()
    {
        var options = Links(LinkTestContext.NewKey, LinkTestContext.OldKey);

        Assert.Empty(LinkSigningKeys.Validate(options));
        var keys = LinkSigningKeys.FromOptions(options);
        Assert.Equal("k2026", keys.SigningKeyId);
        Assert.Equal(["k2026", "k2025"], keys.KeyIds);
    }

    [Fact]
    public void NothingHoldingKeyMaterialPrintsTheSecret()
    {
        var key = LinkTestContext.NewKey;
        var keys = LinkSigningKeys.FromOptions(Links(key));
        var printed = new[]
        {
            keys.ToString(),
            keys.Current.ToString(),
            key.ToString(),
            Links(key).ToString(),
        };

        foreach (var text in printed)
        {
            Assert.DoesNotContain(key.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(key.Secret.TrimEnd('='), text, StringComparison.Ordinal);
        }

        Assert.Contains("k2026", keys.ToString(), StringComparison.Ordinal);
    }

    private static SigningKeyOptions Raw(string id, string secret) => new() { Id = id, Secret = secret };

    private static LinksOptions Links(params SigningKeyOptions[] keys) => new() { SigningKeys = [.. keys] };
}
