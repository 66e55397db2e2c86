using System.Net;
using System.Text;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Delivery;

/// <summary>The webhook's refusals and its idempotence, on the test server over Azurite.</summary>
public sealed class SendGridEventsWebhookTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Claim = "0123456789abcdef0123456789abcdef";

    private static byte[] OneDelivery() =>
        TestEvents.Batch(TestEvents.Event("trade@commerce.gov.pk", "delivered", WebhookTestContext.Now, id: "ev-1", claimId: Claim));

    [Fact]
    public async Task SignedBatchIsStoredAndAnswered200()
    {
        await using var context = new WebhookTestContext(azurite);
        using var response = await context.PostSignedAsync(OneDelivery());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await context.SnapshotAsync();
        Assert.Contains(rows, r => r.StartsWith($"trade%40commerce.gov.pk/d|2026-11-30|{Claim}|ev-1:", StringComparison.Ordinal) && r.Contains("Event=delivered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingSignatureIsRefusedWith401AndNothingIsStored()
    {
        await using var context = new WebhookTestContext(azurite);
        using var response = await context.PostAsync(OneDelivery(), WebhookSigner.Timestamp(WebhookTestContext.Now), sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await context.SnapshotAsync());
    }

    [Fact]
    public async Task TamperedBodyIsRefusedWith403AndNothingIsStored()
    {
        await using var context = new WebhookTestContext(azurite);
        var body = OneDelivery();
        var timestamp = WebhookSigner.Timestamp(WebhookTestContext.Now);
        var signature = context.Signer.Sign(timestamp, body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("delivered", "bounce", StringComparison.Ordinal));
        using var response = await context.PostAsync(tampered, timestamp, sign: true, tamper: _ => signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await context.SnapshotAsync());
    }

    [Fact]
    public async Task StaleTimestampIsRefusedWith403AndNothingIsStored()
    {
        await using var context = new WebhookTestContext(azurite);
        using var response = await context.PostAsync(OneDelivery(), WebhookSigner.Timestamp(WebhookTestContext.Now.AddMinutes(-6)), sign: true);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("timestamp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await context.SnapshotAsync());
    }

    [Fact]
    public async Task WithoutAConfiguredKeyEveryRequestIsRefused()
    {
        await using var context = new WebhookTestContext(azurite, configured: false);
        using var response = await context.PostSignedAsync(OneDelivery());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("EventWebhookPublicKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyOverTwoMegabytesIsRefusedWith413()
    {
        await using var context = new WebhookTestContext(azurite);
        var body = new byte[(2 * 1024 * 1024) + 1];
        Array.Fill(body, (byte)' ');
        using var response = await context.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SignedBodyThatIsNotAnEventArrayIsRefusedWith400NamingTheProblem()
    {
        await using var context = new WebhookTestContext(azurite);
        using var response = await context.PostSignedAsync(Encoding.UTF8.GetBytes("{\"event\":\"delivered\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON array", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await context.SnapshotAsync());
    }

    [Fact]
    public async Task AnyOtherMethodGets405WithAllowAndTheSecurityHeaders()
    {
        await using var context = new WebhookTestContext(azurite);
        using var response = await context.Client.GetAsync(new Uri("/api/sendgrid/events", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.True(response.Headers.Contains("X-Content-Type-Options"));
    }

    [Fact]
    public async Task ReplayedBatchChangesNothing()
    {
        await using var context = new WebhookTestContext(azurite);
        var body = TestEvents.Batch(
            TestEvents.Event("trade@commerce.gov.pk", "processed", WebhookTestContext.Now.AddMinutes(-2), id: "ev-1", claimId: Claim),
            TestEvents.Event("trade@commerce.gov.pk", "bounce", WebhookTestContext.Now.AddMinutes(-1), id: "ev-2", claimId: Claim, reason: "550 5.1.1 unknown user", type: "bounce"));
        using (var first = await context.PostSignedAsync(body))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = await context.SnapshotAsync();
        context.Time.Advance(TimeSpan.FromMinutes(3));
        using var replay = await context.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(before, await context.SnapshotAsync());
    }

    [Fact]
    public async Task BatchOfAThousandEventsIsStoredOneRowPerEvent()
    {
        await using var context = new WebhookTestContext(azurite);
        var events = Enumerable.Range(0, 1000).Select(i =>
            TestEvents.Event($"ministry-{i % 40}@example.org", i % 2 == 0 ? "processed" : "delivered", WebhookTestContext.Now.AddSeconds(-i), id: $"ev-{i}", claimId: Claim));
        using var response = await context.PostSignedAsync(TestEvents.Batch(events));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"recorded\":1000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rows = await context.SnapshotAsync();
        Assert.Equal(1000, rows.Count(r => r.Contains("|ev-", StringComparison.Ordinal)));
        Assert.Equal(40, rows.Count(r => r.Contains("/d|~contact:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EventsForMessagesFollowUpDidNotSendAreKeptAsUnmatched()
    {
        await using var context = new WebhookTestContext(azurite);
        var body = TestEvents.Batch(
            TestEvents.Event("someone@example.org", "open", WebhookTestContext.Now, id: "ev-other", kind: null, localDate: null),
            TestEvents.Event("someone@example.org", "group_resubscribe", WebhookTestContext.Now, id: "ev-odd", kind: "newsletter", claimId: Claim));
        using var response = await context.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"unmatched\":2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rows = await context.SnapshotAsync();
        Assert.Contains(rows, r => r.StartsWith("someone%40example.org/u|ev-other:", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("someone%40example.org/u|ev-odd:", StringComparison.Ordinal));
    }
}
