using System.Net;
using System.Text.Json;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

/// <summary>Which SendGrid failures are tried again, and what a send that gives up comes to.</summary>
public sealed class SendGridRetryTests : IClassFixture<FakeSendGrid>
{
    private static readonly int[] LoggedEvents = [3100, 3101, 3102, 3103, 3104];
    private readonly FakeSendGrid _fake;

    public SendGridRetryTests(FakeSendGrid fake)
    {
        _fake = fake;
        _fake.Server.Reset();
    }

    private WireMockServer Server => _fake.Server;

    [Fact]
    public async Task RateLimitedSendIsRetriedAfterTheRetryAfterHeaderAndSucceeds()
    {
        Server.Given(MailSend()).InScenario("rate").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "7").WithBody(Errors("too many requests")));
        Server.Given(MailSend()).InScenario("rate").WhenStateIs("limited")
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-after-429"));
        using var harness = new SendGridHarness(_fake.Url);
        var started = harness.Time.GetUtcNow();

        var result = await harness.SendAsync(Mixed());

        Assert.Equal(new SendResult.Accepted("msg-after-429"), result);
        Assert.Equal(2, Server.LogEntries.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], harness.RetryDelays);
        Assert.Equal(TimeSpan.FromSeconds(7), harness.Time.GetUtcNow() - started);
    }

    [Fact]
    public async Task RateLimitResetHeaderSetsTheWaitWhenRetryAfterIsMissing()
    {
        using var harness = new SendGridHarness(_fake.Url);

        // The header's epoch and the pipeline's "now" come from the same fake clock, which stands
        // still while the request is out: the wait is exactly what the header says.
        var reset = harness.Time.GetUtcNow().AddSeconds(12).ToUnixTimeSeconds();
        Server.Given(MailSend()).InScenario("reset").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("X-RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Server.Given(MailSend()).InScenario("reset").WhenStateIs("limited")
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-after-reset"));

        var result = await harness.SendAsync(Mixed());

        Assert.Equal(new SendResult.Accepted("msg-after-reset"), result);
        Assert.Equal([TimeSpan.FromSeconds(12)], harness.RetryDelays);
    }

    [Fact]
    public async Task RateLimitWaitIsCappedSoOneOwnerCannotHoldUpTheScan()
    {
        Server.Given(MailSend()).InScenario("long").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3600"));
        Server.Given(MailSend()).InScenario("long").WhenStateIs("limited")
            .RespondWith(Response.Create().WithStatusCode(202));
        using var harness = new SendGridHarness(_fake.Url);

        var result = await harness.SendAsync(Mixed());

        Assert.Null(Assert.IsType<SendResult.Accepted>(result).MessageId);
        Assert.Equal([TimeSpan.FromSeconds(60)], harness.RetryDelays);
    }

    [Fact]
    public async Task RepeatedServerErrorsAreRetriedFourTimesInAllThenRefusedInSendGridsWords()
    {
        Server.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(500).WithBody(Errors("Internal server error, please retry")));
        using var harness = new SendGridHarness(_fake.Url);

        var result = await harness.SendAsync(Mixed());

        Assert.Equal("SendGrid answered 500 InternalServerError: Internal server error, please retry", Assert.IsType<SendResult.Refused>(result).Error);
        Assert.Equal(4, Server.LogEntries.Count);

        // Exponential backoff with jitter from a 2 s base: three waits, each positive and within the 30 s cap.
        Assert.Equal(3, harness.RetryDelays.Count);
        Assert.All(harness.RetryDelays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task ServiceUnavailableThenAcceptedSucceedsOnTheSecondAttempt()
    {
        Server.Given(MailSend()).InScenario("503").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503));
        Server.Given(MailSend()).InScenario("503").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-after-503"));
        using var harness = new SendGridHarness(_fake.Url);

        var result = await harness.SendAsync(Mixed());

        Assert.Equal(new SendResult.Accepted("msg-after-503"), result);
        Assert.Equal(2, Server.LogEntries.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(413)]
    public async Task ClientErrorsAreSentExactlyOnceAndReportSendGridsMessage(int status)
    {
        Server.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(status)
            .WithBody("""{"errors":[{"message":"Does not contain a valid address.","field":"personalizations.0.to.0.email","help":"http://sendgrid.com/docs"}]}"""));
        using var harness = new SendGridHarness(_fake.Url);

        var result = await harness.SendAsync(Mixed());

        Assert.Equal(
            $"SendGrid answered {status} {(HttpStatusCode)status}: Does not contain a valid address. (field: personalizations.0.to.0.email)",
            Assert.IsType<SendResult.Refused>(result).Error);
        Assert.Single(Server.LogEntries);
        Assert.Empty(harness.RetryDelays);
    }

    [Fact]
    public async Task AnswerSlowerThanTheAttemptTimeoutIsUnknownAndNeverSentAgain()
    {
        using var held = new HeldSendGrid();
        using var harness = new SendGridHarness(held.Url);

        var send = harness.Sender.SendAsync(Mixed(), "run-1");
        await held.FirstArrival;
        harness.Time.Advance(harness.TransportOptions.AttemptTimeout);
        var result = await harness.Drive(send);

        Assert.Equal("SendGrid did not answer within 20 s; it may have accepted the message", Assert.IsType<SendResult.Unknown>(result).Reason);
        Assert.Equal(1, held.Calls);
        Assert.Empty(harness.RetryDelays);
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 3104);
    }

    [Fact]
    public async Task TotalTimeoutWhileAnAttemptIsOutIsUnknown()
    {
        using var held = new HeldSendGrid();
        using var harness = new SendGridHarness(held.Url, transport: t => t.TotalTimeout = TimeSpan.FromSeconds(10));

        var send = harness.Sender.SendAsync(Mixed(), "run-1");
        await held.FirstArrival;
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var result = await harness.Drive(send);

        Assert.Equal("SendGrid did not answer within 10 s; it may have accepted the message", Assert.IsType<SendResult.Unknown>(result).Reason);
        Assert.Equal(1, held.Calls);
    }

    [Fact]
    public async Task TotalTimeoutDuringTheWaitBeforeARetryIsRefused()
    {
        Server.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "30"));
        using var harness = new SendGridHarness(_fake.Url, transport: t => t.TotalTimeout = TimeSpan.FromSeconds(10));

        var send = harness.Sender.SendAsync(Mixed(), "run-1");

        // The 30 s wait starts; the 10 s budget runs out in the middle of it, with nothing in flight.
        await harness.Time.TimerStarted(TimeSpan.FromSeconds(30));
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var result = await send;

        Assert.Equal("SendGrid answered 429 TooManyRequests; no attempt succeeded within 10 s", Assert.IsType<SendResult.Refused>(result).Error);
        Assert.Single(Server.LogEntries);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConnectionLostAfterTheRequestWentOutIsUnknownAndNeverSentAgain(bool reset)
    {
        using var dropping = new DroppingSendGrid(reset);
        using var harness = new SendGridHarness(dropping.Url);

        var result = await harness.SendAsync(Mixed());

        var unknown = Assert.IsType<SendResult.Unknown>(result);
        Assert.StartsWith("The connection to SendGrid was lost after the request was sent", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal(1, dropping.Requests);
        Assert.Contains("\"personalizations\"", dropping.LastBody, StringComparison.Ordinal);
        Assert.Empty(harness.RetryDelays);
    }

    [Fact]
    public async Task RefusedConnectionIsRetriedThenRefused()
    {
        // Nothing listens on a port the OS just handed out and took back.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var harness = new SendGridHarness(new Uri($"http://127.0.0.1:{port}"));

        var result = await harness.SendAsync(Mixed());

        Assert.StartsWith("SendGrid could not be reached", Assert.IsType<SendResult.Refused>(result).Error, StringComparison.Ordinal);
        Assert.Equal(3, harness.RetryDelays.Count);
    }

    [Fact]
    public async Task LogsNeverCarryTheApiKeyTheLinksOrTheBodies()
    {
        Server.Given(MailSend()).InScenario("mixed").WillSetStateTo("then-500")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        Server.Given(MailSend()).InScenario("mixed").WhenStateIs("then-500").WillSetStateTo("then-400")
            .RespondWith(Response.Create().WithStatusCode(500));
        Server.Given(MailSend()).InScenario("mixed").WhenStateIs("then-400")
            .RespondWith(Response.Create().WithStatusCode(400).WithBody(Errors("Invalid email")));
        using var harness = new SendGridHarness(_fake.Url);
        const string Distinctive = "Zebra-crossing protocol on the Karakoram highway";
        var digest = Of(Item(Commitment("zebra", Distinctive, Today.AddDays(-3)), ReminderStage.Overdue));

        var failed = await harness.SendAsync(digest);
        Server.Reset();
        Server.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-123"));
        var sent = await harness.SendAsync(digest);
        using var dropping = new DroppingSendGrid(reset: false);
        using var lost = new SendGridHarness(dropping.Url);
        var unknown = await lost.SendAsync(digest);

        Assert.IsType<SendResult.Refused>(failed);
        Assert.IsType<SendResult.Accepted>(sent);
        Assert.IsType<SendResult.Unknown>(unknown);
        var entries = harness.Logs.Entries.Concat(lost.Logs.Entries).ToList();
        Assert.All(LoggedEvents, id => Assert.Contains(entries, e => e.EventId.Id == id));
        Assert.All(entries, e =>
        {
            Assert.DoesNotContain(SendGridHarness.ApiKey, e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain("Do-Not-Log-Me", e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(LinkToken, e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(Distinctive, e.AllText, StringComparison.Ordinal);
        });
    }

    private static IRequestBuilder MailSend() => Request.Create().WithPath("/v3/mail/send").UsingPost();

    private static string Errors(string message) => JsonSerializer.Serialize(new { errors = new[] { new { message, field = (string?)null } } });
}
