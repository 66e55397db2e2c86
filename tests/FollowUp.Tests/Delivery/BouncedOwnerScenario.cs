using System.Text.Json;
using FollowUp.Core.Delivery;
using FollowUp.Tests.Cli;
using FollowUp.Tests.Email;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace FollowUp.Tests.Delivery;

/// <summary>
/// One escalated commitment owned by two ministries, scanned by <c>followup scan</c> through the fake
/// SendGrid on loopback, with SendGrid's events fed back through the webhook's own use case, signed.
/// </summary>
internal sealed class BouncedOwnerScenario : IAsyncDisposable
{
    public const string Commerce = "commerce.pk@example.org";
    public const string Economy = "economy.az@example.org";
    public const string Secretariat = "jc-secretariat@example.org";
    public const string BounceReason = "550 5.1.1 The email account that you tried to reach does not exist";

    /// <summary>Monday 30 November 2026, 10:00 in Karachi: the third overdue reminder, so the commitment escalates.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    private readonly FakeSendGrid _sendGrid;
    private readonly WebhookSigner _signer = new();
    private readonly ServiceProvider _services;

    private BouncedOwnerScenario(AzuriteStorage azurite, FakeSendGrid sendGrid)
    {
        _sendGrid = sendGrid;
        Tables = azurite.CreateTables();
        Settings = new Dictionary<string, string?>(Tables.Settings)
        {
            ["FollowUp:Email:SendGridApiKey"] = SendGridHarness.ApiKey,
            ["FollowUp:Email:Transport:Host"] = sendGrid.Url.ToString(),
            ["FollowUp:Email:EventWebhookPublicKey"] = _signer.PublicKey,
        };
        _services = Tables.BuildServices(s => s.AddSingleton<TimeProvider>(Time), Settings);
        sendGrid.Server.Reset();
        sendGrid.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-1"));
    }

    public TestTables Tables { get; }

    public Dictionary<string, string?> Settings { get; }

    public FakeTimeProvider Time { get; } = new(Monday);

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Seeds the commitment, scans on Monday (both owners and the secretariat are sent to) and bounces Commerce's digest.</summary>
    public static async Task<BouncedOwnerScenario> BouncedAsync(AzuriteStorage azurite, FakeSendGrid sendGrid)
    {
        var scenario = new BouncedOwnerScenario(azurite, sendGrid);
        await scenario.Tables.CreateCommitmentStore().UpsertAsync(TestCommitments.Bilateral(due: new DateOnly(2026, 11, 15)));
        var first = await scenario.ScanAsync();
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, scenario.SentTo(Commerce, Economy).Count);
        await scenario.EventAsync(Commerce, DeliveryEventNames.Bounce, Monday.AddMinutes(5), BounceReason, "bounce");
        return scenario;
    }

    /// <summary><c>followup scan --format json</c> at the fake clock's now.</summary>
    public Task<(int ExitCode, string Output, string Error)> ScanAsync(string format = "json") =>
        CliRun.RunAsync(Settings, Time, "scan", "--as-of", Time.GetUtcNow().ToString("O"), "--format", format);

    /// <summary>One event for the last message sent to <paramref name="to"/>, with the custom args that message carried, POSTed as SendGrid signs it.</summary>
    public async Task<EventsOutcome> EventAsync(string to, string name, DateTimeOffset at, string? reason = null, string? type = null)
    {
        using var args = JsonDocument.Parse(LastTo(to));
        var custom = args.RootElement.GetProperty("personalizations")[0].GetProperty("custom_args");
        return await PostAsync(TestEvents.Event(
            to, name, at, kind: custom.GetProperty("kind").GetString(), localDate: custom.GetProperty("local_date").GetString(),
            claimId: custom.GetProperty("claim_id").GetString(), reason: reason, type: type));
    }

    /// <summary>Events as SendGrid posts them, signed, through the webhook's use case.</summary>
    public async Task<EventsOutcome> PostAsync(params Dictionary<string, object?>[] events)
    {
        var body = TestEvents.Batch(events);
        var timestamp = WebhookSigner.Timestamp(Time.GetUtcNow());
        var outcome = await Get<ReceiveDeliveryEvents>().HandleAsync(_signer.Sign(timestamp, body), timestamp, body);
        Assert.IsType<EventsOutcome.Recorded>(outcome);
        return outcome;
    }

    /// <summary>The mail/send bodies the fake SendGrid received for these recipients, in order.</summary>
    public List<string> SentTo(params string[] recipients) =>
        [.. _sendGrid.Server.LogEntries.Select(e => e.RequestMessage.Body!).Where(b => recipients.Any(r => To(b) == r))];

    public string LastTo(string to) => SentTo(to)[^1];

    private static string? To(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _signer.Dispose();
        await Tables.DisposeAsync();
    }
}
