using FollowUp.Functions.Telemetry;
using Microsoft.ApplicationInsights.DataContracts;

namespace FollowUp.Tests.Functions;

public sealed class TelemetryRedactionTests
{
    private const string Token = "AQZrZXkxAAAAAGZ0cGNvbW1pdG1lbnQtMQ_-abc123";

    [Theory]
    [InlineData("GET https://followup.example.org/api/commitments/c-1/progress?token=" + Token + "&done=1")]
    [InlineData("?token=" + Token)]
    [InlineData("https://relay.example.org/?next=%2Fapi%2Fcommitments%2Fc-1%2Fprogress%3Ftoken%3D" + Token)]
    public void TokenValuesAreRemovedWhereverTheyAppear(string text)
    {
        var redacted = TelemetryRedaction.Redact(text)!;

        Assert.DoesNotContain(Token, redacted, StringComparison.Ordinal);
        Assert.Contains(TelemetryRedaction.RedactedToken, redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SendGrid accepted the digest for run r1 to customs.desk+jc8@example.org with 202")]
    [InlineData("FollowUpSendLedger(PartitionKey='customs.desk%2Bjc8%40example.org',RowKey='d|2026-11-30')")]
    [InlineData("$filter=PartitionKey%20eq%20%27customs.desk%252Bjc8%2540example.org%27")]
    public void OwnerAddressesAreRemovedPlainOrPercentEncoded(string text)
    {
        var redacted = TelemetryRedaction.Redact(text)!;

        Assert.DoesNotContain("example.org", redacted, StringComparison.Ordinal);
        Assert.Contains(TelemetryRedaction.RedactedAddress, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutTokensOrAddressesIsLeftAlone()
    {
        const string summary = "Reminder scan finished: 12 open commitments scanned, commitment customs-edi-mou v1.2";

        Assert.Same(summary, TelemetryRedaction.Redact(summary));
    }

    [Fact]
    public void ARequestItemShapedLikeTheHostsLosesTokenAndAddressFromUrlAndProperties()
    {
        var request = new RequestTelemetry { Name = "Progress", Url = new Uri("https://followup.example.org/api/commitments/c-1/progress?token=" + Token) };
        request.Properties["owner"] = "customs.desk@example.org";

        RedactingTelemetryProcessor.Redact(request);

        Assert.DoesNotContain(Token, request.Url!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TelemetryRedaction.RedactedAddress, request.Properties["owner"]);
    }
}
