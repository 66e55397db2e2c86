using System.Net;
using FollowUp.Core.Commitments;
using FollowUp.Functions.Telemetry;
using Microsoft.ApplicationInsights.DataContracts;

namespace FollowUp.Tests.Functions;

/// <summary>
/// What the worker sends to Application Insights, captured at its channel after a reminder scan and
/// an owner opening their link (<see cref="WorkerTelemetryScenario"/>). The Functions host's own
/// request telemetry is not the worker's to send; host.json governs it (see HostJsonTelemetryTests).
/// </summary>
public sealed class WorkerTelemetryTests(WorkerTelemetryScenario run) : IClassFixture<WorkerTelemetryScenario>
{
    [Fact]
    public void NoLinkTokenLeavesTheWorker()
    {
        Assert.Equal(HttpStatusCode.OK, run.PageStatus);
        Assert.True(run.Token.Length > 40, "the digest carried no link token");

        Assert.DoesNotContain(run.Token, run.SentText, StringComparison.Ordinal);
    }

    [Fact]
    public void NoOwnerAddressLeavesTheWorkerInAnyEncoding()
    {
        var canonical = EmailAddresses.Canonical(WorkerTelemetryScenario.Owner.Email);
        var encoded = Uri.EscapeDataString(canonical);

        Assert.All(
            new[] { WorkerTelemetryScenario.Owner.Email, canonical, encoded, Uri.EscapeDataString(encoded) },
            form => Assert.DoesNotContain(form, run.SentText, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void StorageCallsAndTheSendLogStillReachTelemetryRedacted()
    {
        // Without these the two tests above could pass because nothing was captured at all.
        Assert.Contains(run.Items.OfType<DependencyTelemetry>(), d => d.Type.Contains("Microsoft.Tables", StringComparison.Ordinal));
        Assert.Contains(run.Items.OfType<TraceTelemetry>(), t =>
            t.Message.StartsWith("SendGrid accepted the digest", StringComparison.Ordinal)
            && t.Message.Contains(TelemetryRedaction.RedactedAddress, StringComparison.Ordinal));
    }
}
