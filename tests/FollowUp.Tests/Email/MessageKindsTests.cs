using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

/// <summary>The digest, the escalation and the fresh link travel the same transport and carry the same tracing.</summary>
public sealed class MessageKindsTests : IClassFixture<FakeSendGrid>
{
    private static readonly Commitment Shared = Commitment("visa-regime", Hostile, Today.AddDays(-22)) with
    {
        Owners = [TestEscalations.Health, .. Commitment("x", "x", Today).Owners],
    };

    private readonly FakeSendGrid _fake;

    public MessageKindsTests(FakeSendGrid fake)
    {
        _fake = fake;
        _fake.Server.Reset();
        _fake.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-1"));
    }

    public static TheoryData<string> Kinds => ["digest", "escalation", "fresh-link"];

    /// <summary>Everything personal a message of any kind may name: addresses, ministries, titles.</summary>
    private static string[] Personal =>
    [
        "@", OwnerMinistry, AzerbaijaniMinistry, TestEscalations.HealthMinistry, Hostile, UrduTitle, "script",
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SendGridGetsTheKindAndTheRunAsCustomArgsAndNothingPersonal(string kind)
    {
        using var harness = new SendGridHarness(_fake.Url);

        await Send(harness, kind);

        using var json = JsonDocument.Parse(Assert.Single(_fake.Server.LogEntries).RequestMessage.Body!);
        var args = json.RootElement.GetProperty("personalizations")[0].GetProperty("custom_args")
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        Assert.Equal(kind, args["kind"]);
        Assert.Equal(kind == "fresh-link" ? null : "run-9", args.GetValueOrDefault("run_id"));
        Assert.Contains("visa-regime", args["commitment_ids"], StringComparison.Ordinal);
        Assert.All(args.Values, value => Assert.All(Personal, p => Assert.DoesNotContain(p, value, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(kind, json.RootElement.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task OutboxGetsTheSameFieldsAsXFollowUpHeaders(string kind)
    {
        var folder = Path.Combine(Path.GetTempPath(), "followup-kinds-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var harness = new SendGridHarness(_fake.Url, email: e => (e.SendGridApiKey, e.OutboxPath) = (null, folder));

            await Send(harness, kind);

            var message = await MimeKit.MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(folder)));
            var headers = message.Headers.Where(h => h.Field.StartsWith("X-FollowUp-", StringComparison.Ordinal)).ToDictionary(h => h.Field, h => h.Value, StringComparer.Ordinal);
            Assert.Equal(kind, headers["X-FollowUp-Kind"]);
            Assert.Equal(kind == "fresh-link" ? null : "run-9", headers.GetValueOrDefault("X-FollowUp-Run-Id"));
            Assert.Contains("visa-regime", headers["X-FollowUp-Commitment-Ids"], StringComparison.Ordinal);
            Assert.All(headers.Values, value => Assert.All(Personal, p => Assert.DoesNotContain(p, value, StringComparison.OrdinalIgnoreCase)));
            Assert.Empty(_fake.Server.LogEntries);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SendGridPayloadOfEveryKindMeetsSendGridsSchemaAndPublishedLimits(string kind)
    {
        using var harness = new SendGridHarness(_fake.Url);

        await Send(harness, kind);

        Assert.Empty(SendGridContract.Violations(Assert.Single(_fake.Server.LogEntries).RequestMessage.Body!));
    }

    [Fact]
    public void ContractCatchesARecipientNameWithACommaAndACategoryTooMany()
    {
        var body = """
            {"personalizations":[{"to":[{"email":"health@nhsrc.gov.pk","name":"Health, Regulations"}]}],
             "from":{"email":"followup@jc.gov.pk"},"subject":"s","content":[{"type":"text/plain","value":"v"}],
             "categories":["1","2","3","4","5","6","7","8","9","10","11"]}
            """;

        var violations = SendGridContract.Violations(body);

        Assert.Contains(violations, v => v.StartsWith("limit: to.name", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("maxItems", StringComparison.Ordinal));
    }

    private static async Task Send(SendGridHarness harness, string kind)
    {
        var health = TestEscalations.Health;
        var result = kind switch
        {
            "digest" => await harness.SendAsync(
                Of(Item(Shared, FollowUp.Core.Reminders.ReminderStage.Overdue, escalated: true, overdueReminder: 3)) with { To = health.Email, Ministry = health.Ministry },
                "run-9"),
            "escalation" => await harness.Drive(harness.Escalations.SendAsync(TestEscalations.Mixed(), "run-9")),
            _ => await harness.Drive(harness.FreshLinks.SendAsync(Shared, health, Link(Shared.Id))) ? new SendResult.Accepted(null) : null,
        };

        Assert.IsType<SendResult.Accepted>(result);
    }
}
