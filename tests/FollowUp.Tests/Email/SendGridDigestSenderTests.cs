using System.Net;
using System.Text.Json;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

public sealed class SendGridDigestSenderTests : IClassFixture<FakeSendGrid>
{
    private const string Accepted = "accepted";
    private readonly FakeSendGrid _fake;

    public SendGridDigestSenderTests(FakeSendGrid fake)
    {
        _fake = fake;
        _fake.Server.Reset();
    }

    private WireMockServer Server => _fake.Server;

    [Fact]
    public async Task DigestIsPostedAsOneRequestWithEveryFieldSendGridNeeds()
    {
        AnswerAccepted();
        using var harness = new SendGridHarness(_fake.Url);

        var result = await harness.SendAsync(Mixed(), "run-42");

        Assert.Equal(new SendResult.Accepted("msg-123"), result);
        var request = Assert.Single(Server.LogEntries).RequestMessage;
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal($"Bearer {SendGridHarness.ApiKey}", request.Headers!["Authorization"].Single());

        using var json = JsonDocument.Parse(request.Body!);
        var root = json.RootElement;
        Assert.Equal(SendGridHarness.From, root.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("FollowUp Secretariat", root.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal(SendGridHarness.ReplyTo, root.GetProperty("reply_to").GetProperty("email").GetString());
        Assert.Equal("2 commitments need your update — 1 overdue", root.GetProperty("subject").GetString());

        var personalization = Assert.Single(root.GetProperty("personalizations").EnumerateArray());
        var to = Assert.Single(personalization.GetProperty("to").EnumerateArray());
        Assert.Equal(Owner, to.GetProperty("email").GetString());
        Assert.Equal(OwnerMinistry, to.GetProperty("name").GetString());
        Assert.Equal([Secretariat], personalization.GetProperty("cc").EnumerateArray().Select(c => c.GetProperty("email").GetString()));

        var content = root.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["text/plain", "text/html"], content.Select(c => c.GetProperty("type").GetString()));
        Assert.Contains($"visa-regime?t={LinkToken}&k=k1", content[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", content[1].GetProperty("value").GetString(), StringComparison.Ordinal);

        Assert.Equal(["followup", "digest", "overdue", "upcoming", "escalated"], root.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var customArgs = root.GetProperty("custom_args");
        Assert.Equal("run-42", customArgs.GetProperty("run_id").GetString());
        Assert.Equal("visa-regime,trade-accord", customArgs.GetProperty("commitment_ids").GetString());
        Assert.Equal("2026-03-16", customArgs.GetProperty("local_date").GetString());

        Assert.False(root.GetProperty("tracking_settings").GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.False(root.TryGetProperty("mail_settings", out _));
        Assert.False(root.TryGetProperty("template_id", out _));
    }

    [Fact]
    public async Task SandboxModeAsksSendGridToValidateWithoutDelivering()
    {
        AnswerAccepted();
        using var harness = new SendGridHarness(_fake.Url, email: e => e.SandboxMode = true);

        var result = await harness.SendAsync(Mixed());

        Assert.IsType<SendResult.Accepted>(result);
        using var json = JsonDocument.Parse(Assert.Single(Server.LogEntries).RequestMessage.Body!);
        Assert.True(json.RootElement.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task TemplateIdSendsTheDigestAsDynamicTemplateDataInsteadOfBodies()
    {
        AnswerAccepted();
        using var harness = new SendGridHarness(_fake.Url, email: e => e.TemplateId = "d-0123456789abcdef");

        var result = await harness.SendAsync(Mixed());

        Assert.IsType<SendResult.Accepted>(result);
        using var json = JsonDocument.Parse(Assert.Single(Server.LogEntries).RequestMessage.Body!);
        var root = json.RootElement;
        Assert.Equal("d-0123456789abcdef", root.GetProperty("template_id").GetString());
        Assert.False(root.TryGetProperty("content", out _));

        var data = root.GetProperty("personalizations")[0].GetProperty("dynamic_template_data");
        Assert.Equal("2 commitments need your update — 1 overdue", data.GetProperty("subject").GetString());
        Assert.Equal(OwnerMinistry, data.GetProperty("ministry").GetString());
        Assert.Equal(2, data.GetProperty("item_count").GetInt32());
        var first = data.GetProperty("items")[0];
        Assert.Equal(Hostile, first.GetProperty("title").GetString());
        Assert.Equal("Overdue by 15 days", first.GetProperty("stage_text").GetString());
        Assert.Equal(Link("visa-regime").AbsoluteUri, first.GetProperty("update_link").GetString());
        Assert.True(first.GetProperty("escalated").GetBoolean());
        Assert.Equal(AzerbaijaniMinistry, first.GetProperty("counterparts")[0].GetString());
        Assert.Equal(UrduTitle, data.GetProperty("items")[1].GetProperty("title").GetString());
    }

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
        Assert.True(harness.Time.GetUtcNow() - started >= TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task RateLimitResetHeaderSetsTheWaitWhenRetryAfterIsMissing()
    {
        using var harness = new SendGridHarness(_fake.Url);
        var reset = harness.Time.GetUtcNow().AddSeconds(12).ToUnixTimeSeconds();
        Server.Given(MailSend()).InScenario("reset").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("X-RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Server.Given(MailSend()).InScenario("reset").WhenStateIs("limited")
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-after-reset"));

        var result = await harness.SendAsync(Mixed(), step: TimeSpan.FromMilliseconds(100));

        Assert.Equal(new SendResult.Accepted("msg-after-reset"), result);
        var delay = Assert.Single(harness.RetryDelays);

        // The clock moves while the first request is in flight, so the wait is at most 12 s, and close to it.
        Assert.InRange(delay, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task RateLimitWaitIsCappedSoOneOwnerCannotHoldUpTheScan()
    {
        Server.Given(MailSend()).InScenario("long").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3600"));
        Server.Given(MailSend()).InScenario("long").WhenStateIs("limited")
            .RespondWith(Response.Create().WithStatusCode(202));
        using var harness = new SendGridHarness(_fake.Url);

        var result = await harness.SendAsync(Mixed(), step: TimeSpan.FromSeconds(2));

        Assert.Null(Assert.IsType<SendResult.Accepted>(result).MessageId);
        Assert.Equal([TimeSpan.FromSeconds(60)], harness.RetryDelays);
    }

    [Fact]
    public async Task RepeatedServerErrorsAreRetriedFourTimesInAllThenReportedInSendGridsWords()
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
    public async Task SlowAnswerTimesOutTheAttemptAndTheRetrySucceeds()
    {
        // Its own server: the late answer it leaves pending must not land in another test's request log.
        using var own = new FakeSendGrid();
        using var arrived = new SemaphoreSlim(0);
        var calls = 0;
        own.Server.Given(MailSend()).RespondWith(Response.Create().WithCallback(async _ =>
        {
            var call = Interlocked.Increment(ref calls);
            arrived.Release();
            if (call == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                return new WireMock.ResponseMessage { StatusCode = 202, Headers = Header("X-Message-Id", "too-late") };
            }

            return new WireMock.ResponseMessage { StatusCode = 202, Headers = Header("X-Message-Id", "msg-in-time") };
        }));
        using var harness = new SendGridHarness(own.Url, transport: t => t.AttemptTimeout = TimeSpan.FromSeconds(5));

        var send = harness.Sender.SendAsync(Mixed(), "run-1");
        await TimeOutTheAttemptThenWaitForTheNext(harness, send, arrived);
        var result = await send;

        Assert.Equal(new SendResult.Accepted("msg-in-time"), result);
        Assert.Equal(2, Volatile.Read(ref calls));
        Assert.Contains(harness.Logs.Entries, e => e.EventId.Id == 3101 && e.Message.Contains("TimeoutRejectedException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryAttemptTimingOutEndsInAFailureAfterFourAttempts()
    {
        using var own = new FakeSendGrid();
        using var arrived = new SemaphoreSlim(0);
        var calls = 0;
        own.Server.Given(MailSend()).RespondWith(Response.Create().WithCallback(async _ =>
        {
            Interlocked.Increment(ref calls);
            arrived.Release();
            await Task.Delay(TimeSpan.FromSeconds(1));
            return new WireMock.ResponseMessage { StatusCode = 202 };
        }));
        using var harness = new SendGridHarness(own.Url, transport: t => t.AttemptTimeout = TimeSpan.FromSeconds(5));

        var send = harness.Sender.SendAsync(Mixed(), "run-1");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await TimeOutTheAttemptThenWaitForTheNext(harness, send, arrived);
        }

        var result = await send;

        Assert.Equal("SendGrid did not answer in time (5 s)", Assert.IsType<SendResult.Refused>(result).Error);
        Assert.Equal(4, Volatile.Read(ref calls));
    }

    /// <summary>
    /// Waits for a call to reach the server, moves the clock past the 5 s attempt timeout, then runs
    /// the clock through the backoff until the next call arrives or the send gives up. The clock
    /// never moves while an attempt that should succeed is in flight, so nothing times out by accident.
    /// </summary>
    private static async Task TimeOutTheAttemptThenWaitForTheNext(SendGridHarness harness, Task<SendResult> send, SemaphoreSlim arrived)
    {
        Assert.True(await arrived.WaitAsync(TimeSpan.FromSeconds(10)), "No call reached the fake SendGrid.");
        harness.Time.Advance(TimeSpan.FromSeconds(5));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!send.IsCompleted && arrived.CurrentCount == 0 && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(5);
            if (arrived.CurrentCount == 0)
            {
                harness.Time.Advance(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    [Fact]
    public async Task UnreachableSendGridIsReportedAsAFailureNotThrown()
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
    public async Task EuDataResidencySendsToTheEuHost()
    {
        AnswerAccepted();
        var seen = new List<Uri>();

        // No host override here: the request is addressed by the SendGrid client itself, and a handler
        // at the bottom of the chain records that address before redirecting it to the fake.
        using var harness = new SendGridHarness(
            host: null,
            email: e => e.DataResidency = "eu",
            services: s => s.AddHttpClient<SendGridDigestSender>()
                .AddHttpMessageHandler(() => new RedirectingHandler(_fake.Url, seen)));

        var result = await harness.SendAsync(Mixed());

        Assert.IsType<SendResult.Accepted>(result);
        Assert.Equal(new Uri("https://api.eu.sendgrid.com/v3/mail/send"), Assert.Single(seen));
        Assert.Single(Server.LogEntries);
    }

    [Fact]
    public async Task GlobalDataResidencySendsToTheGlobalHost()
    {
        AnswerAccepted();
        var seen = new List<Uri>();
        using var harness = new SendGridHarness(
            host: null,
            services: s => s.AddHttpClient<SendGridDigestSender>()
                .AddHttpMessageHandler(() => new RedirectingHandler(_fake.Url, seen)));

        await harness.SendAsync(Mixed());

        Assert.Equal(new Uri("https://api.sendgrid.com/v3/mail/send"), Assert.Single(seen));
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
        AnswerAccepted();
        var sent = await harness.SendAsync(digest);

        Assert.IsType<SendResult.Refused>(failed);
        Assert.IsType<SendResult.Accepted>(sent);
        var entries = harness.Logs.Entries;
        Assert.Contains(entries, e => e.EventId.Id == 3100);
        Assert.Contains(entries, e => e.EventId.Id == 3101);
        Assert.Contains(entries, e => e.EventId.Id == 3102);
        Assert.Contains(entries, e => e.EventId.Id == 3103);
        Assert.All(entries, e =>
        {
            Assert.DoesNotContain(SendGridHarness.ApiKey, e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain("Do-Not-Log-Me", e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(LinkToken, e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(Distinctive, e.AllText, StringComparison.Ordinal);
        });
    }

    private static IRequestBuilder MailSend() => Request.Create().WithPath("/v3/mail/send").UsingPost();

    private static Dictionary<string, WireMock.Types.WireMockList<string>> Header(string name, string value) =>
        new() { [name] = new WireMock.Types.WireMockList<string>(value) };

    private static string Errors(string message) => JsonSerializer.Serialize(new { errors = new[] { new { message, field = (string?)null } } });

    private void AnswerAccepted() =>
        Server.Given(MailSend()).WithTitle(Accepted).RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-123"));
}
