using System.Text;
using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Delivery;

/// <summary>The signature check alone, against SendGrid's own published test vector (sendgrid-csharp's RequestValidatorTests) and generated keys.</summary>
public sealed class EventWebhookSignatureTests
{
    private const string SendGridKey = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==";
    private const string SendGridPayload = "{\"category\":\"example_payload\",\"event\":\"test_event\",\"message_id\":\"message_id\"}";
    private const string SendGridSignature = "MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=";
    private const string SendGridTimestamp = "1588788367";

    private static EventWebhookSignature Checker(string? key, DateTimeOffset now) =>
        new(Microsoft.Extensions.Options.Options.Create(new FollowUpOptions { Email = new EmailOptions { EventWebhookPublicKey = key } }), new FakeTimeProvider(now));

    private static readonly DateTimeOffset VectorTime = DateTimeOffset.FromUnixTimeSeconds(1588788367);

    [Fact]
    public void SendGridsPublishedTestVectorVerifies()
    {
        using var check = Checker(SendGridKey, VectorTime);
        Assert.Equal(SignatureCheck.Verified, check.Check(SendGridSignature, SendGridTimestamp, Encoding.UTF8.GetBytes(SendGridPayload)));
    }

    [Fact]
    public void TestVectorWithOneBodyByteChangedIsInvalid()
    {
        using var check = Checker(SendGridKey, VectorTime);
        Assert.Equal(SignatureCheck.Invalid, check.Check(SendGridSignature, SendGridTimestamp, Encoding.UTF8.GetBytes(SendGridPayload.Replace("test_event", "test_evenu", StringComparison.Ordinal))));
    }

    [Fact]
    public void TestVectorWithAnotherTimestampIsInvalid()
    {
        using var check = Checker(SendGridKey, VectorTime);
        Assert.Equal(SignatureCheck.Invalid, check.Check(SendGridSignature, "1588788368", Encoding.UTF8.GetBytes(SendGridPayload)));
    }

    [Fact]
    public void TestVectorAgainstAnotherKeyIsInvalid()
    {
        using var other = new WebhookSigner();
        using var check = Checker(other.PublicKey, VectorTime);
        Assert.Equal(SignatureCheck.Invalid, check.Check(SendGridSignature, SendGridTimestamp, Encoding.UTF8.GetBytes(SendGridPayload)));
    }

    [Fact]
    public void AuthenticSignatureOutsideTheToleranceIsStale()
    {
        using var check = Checker(SendGridKey, VectorTime.AddSeconds(301));
        Assert.Equal(SignatureCheck.Stale, check.Check(SendGridSignature, SendGridTimestamp, Encoding.UTF8.GetBytes(SendGridPayload)));
    }

    [Fact]
    public void SignatureThatIsNotBase64IsInvalid()
    {
        using var check = Checker(SendGridKey, VectorTime);
        Assert.Equal(SignatureCheck.Invalid, check.Check("not base64!", SendGridTimestamp, Encoding.UTF8.GetBytes(SendGridPayload)));
    }

    [Fact]
    public void WithoutAKeyNothingVerifies()
    {
        using var check = Checker(null, VectorTime);
        Assert.Equal(SignatureCheck.NotConfigured, check.Check(SendGridSignature, SendGridTimestamp, Encoding.UTF8.GetBytes(SendGridPayload)));
    }

    [Fact]
    public void KeyThatIsNotAP256PublicKeyStopsStartUpNamingTheSetting()
    {
        var result = new DeliveryOptionsValidator().Validate(null, new FollowUpOptions { Email = new EmailOptions { EventWebhookPublicKey = "bm90IGEga2V5" } });
        Assert.True(result.Failed);
        Assert.Contains("FollowUp:Email:EventWebhookPublicKey", result.FailureMessage, StringComparison.Ordinal);
    }
}
