using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Queues;
using FollowUp.Tests.Email;
using FollowUp.Tests.TestSupport;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using AiJson = Microsoft.ApplicationInsights.Extensibility.Implementation.JsonSerializer;

namespace FollowUp.Tests.Functions;

/// <summary>
/// One run of the real worker through what touches links and owners: the timer's reminder scan
/// (ledger rows keyed by the owner's address, a digest with a signed link sent to a fake SendGrid on
/// loopback) and the owner following that link (an HTTP request whose query is the token). Keeps every telemetry item the worker
/// produced, and the payload it would have sent.
/// </summary>
public sealed partial class WorkerTelemetryScenario : IAsyncLifetime, IDisposable
{
    public const string CommitmentId = "customs-edi-mou";

    /// <summary>Mixed case and a '+', so that each encoding of the address differs from the others.</summary>
    public static readonly ResponsibleParty Owner = new("Federal Board of Revenue", "Customs.Desk+JC8@example.org", "UTC", OwnerRole.Lead);

    private readonly AzuriteStorage _azurite = new();
    private readonly FakeSendGrid _sendGrid = new();
    private TestTables? _tables;

    public IReadOnlyList<ITelemetry> Items { get; private set; } = [];

    /// <summary>Every string in the payload the channel would have sent (names, values, messages), decoded from its JSON.</summary>
    public string SentText { get; private set; } = "";

    public string Token { get; private set; } = "";

    public HttpStatusCode PageStatus { get; private set; }

    public string TablePrefix => _tables?.Prefix ?? "";

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _tables = _azurite.CreateTables();
        var overdue = TestCommitments.Bilateral(CommitmentId, due: new DateOnly(2026, 11, 25)) with { Owners = [Owner] };
        await _tables.CreateCommitmentStore().UpsertAsync(overdue);

        var settings = new Dictionary<string, string?>(_tables.Settings)
        {
            ["FollowUp:PublicBaseUrl"] = "https://followup.example.org",
            ["FollowUp:Email:SendGridApiKey"] = "SG.fake-key-for-the-telemetry-test",
        };
        _sendGrid.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-telemetry"));
        var monday = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var app = await WorkerTelemetryHarness.StartAsync(
            settings, monday, services => services.Configure<SendGridTransportOptions>(t => t.Host = _sendGrid.Url), timeout.Token);

        try
        {
            // The timer plans and queues; DigestDelivery sends, as the host hands it the message.
            await app.Host.InvokeTimerAsync("ReminderScan", "timer", timeout.Token);
            var queued = await QueuedDigestAsync(timeout.Token);
            await app.Host.InvokeQueueAsync("DigestDelivery", "message", queued.Body.ToString(), queued.MessageId, 1, timeout.Token);
            Token = TokenInTheDigest();
            using var page = await app.Host.InvokeHttpAsync(
                "Progress", HttpMethod.Get, $"/api/commitments/{CommitmentId}/progress?token={Token}",
                new Dictionary<string, string> { ["id"] = CommitmentId }, timeout.Token);
            PageStatus = page.StatusCode;
        }
        catch (InvalidOperationException ex)
        {
            // The worker reports only the outer exception over gRPC; its own log has the rest.
            var logged = app.Channel.Items.OfType<ExceptionTelemetry>().Select(e => e.Exception?.ToString());
            throw new InvalidOperationException(ex.Message + Environment.NewLine + string.Join(Environment.NewLine, logged), ex);
        }

        await app.StopAsync();
        Items = app.Channel.Items;
        SentText = Decode(AiJson.Serialize(Items, compress: false));
    }

    public async Task DisposeAsync()
    {
        if (_tables is not null)
        {
            await _tables.DisposeAsync();
        }

    }

    public void Dispose() => _sendGrid.Dispose();

    private async Task<QueueMessage> QueuedDigestAsync(CancellationToken cancellationToken)
    {
        var queue = new QueueServiceClient(_tables!.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })
            .GetQueueClient(new QueuesOptions().DigestQueue);
        var received = await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5), cancellationToken);
        return Assert.Single(received.Value);
    }

    private string TokenInTheDigest()
    {
        var mailSend = _sendGrid.Server.LogEntries.Single().RequestMessage.Body ?? "";
        return LinkToken().Match(mailSend).Groups["token"].Value;
    }

    private static string Decode(byte[] payload)
    {
        var text = new StringBuilder();
        foreach (var line in Encoding.UTF8.GetString(payload).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var item = JsonDocument.Parse(line);
            Collect(item.RootElement, text);
        }

        return text.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    text.Append(property.Name).Append('\n');
                    Collect(property.Value, text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var child in element.EnumerateArray())
                {
                    Collect(child, text);
                }

                break;
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
        }
    }

    [GeneratedRegex(@"/progress\?token=(?<token>[A-Za-z0-9_\-]+)")]
    private static partial Regex LinkToken();
}
