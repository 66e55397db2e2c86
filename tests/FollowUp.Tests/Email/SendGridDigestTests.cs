using System.Text.Json;
using FollowUp.Core.Email;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

/// <summary>What a digest looks like on the wire to SendGrid.</summary>
public sealed class SendGridDigestTests : IClassFixture<FakeSendGrid>
{
    private readonly FakeSendGrid _fake;

    public SendGridDigestTests(FakeSendGrid fake)
    {
        _fake = fake;
        _fake.Server.Reset();
        _fake.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-123"));
    }

    private WireMockServer Server => _fake.Server;

    [Fact]
    public async Task DigestIsPostedAsOneRequestWithEveryFieldSendGridNeeds()
    {
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

        var content = root.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["text/plain", "text/html"], content.Select(c => c.GetProperty("type").GetString()));
        Assert.Contains($"visa-regime?t={LinkToken}&k=k1", content[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", content[1].GetProperty("value").GetString(), StringComparison.Ordinal);

        Assert.Equal(["followup", "digest", "overdue", "upcoming", "escalated"], root.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var customArgs = personalization.GetProperty("custom_args");
        Assert.Equal("digest", customArgs.GetProperty("kind").GetString());
        Assert.Equal("run-42", customArgs.GetProperty("run_id").GetString());
        Assert.Equal("visa-regime,trade-accord", customArgs.GetProperty("commitment_ids").GetString());
        Assert.Equal("2026-03-16", customArgs.GetProperty("local_date").GetString());

        Assert.False(root.GetProperty("tracking_settings").GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.False(root.TryGetProperty("mail_settings", out _));
        Assert.False(root.TryGetProperty("template_id", out _));
    }

    [Fact]
    public async Task EscalatedDigestGoesToItsOwnerAloneWhateverItsCcSays()
    {
        using var harness = new SendGridHarness(_fake.Url);
        var digest = Mixed();

        await harness.SendAsync(digest);

        using var json = JsonDocument.Parse(Assert.Single(Server.LogEntries).RequestMessage.Body!);
        var personalization = Assert.Single(json.RootElement.GetProperty("personalizations").EnumerateArray());
        Assert.Equal([Owner], personalization.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("email").GetString()));
        Assert.False(personalization.TryGetProperty("cc", out _));
        Assert.False(personalization.TryGetProperty("bcc", out _));
    }

    [Fact]
    public async Task SandboxModeAsksSendGridToValidateAndTheDigestIsSandboxedNotAccepted()
    {
        using var harness = new SendGridHarness(_fake.Url, email: e => e.SandboxMode = true);

        var result = await harness.SendAsync(Mixed());

        Assert.Equal(new SendResult.Sandboxed("msg-123"), result);
        using var json = JsonDocument.Parse(Assert.Single(Server.LogEntries).RequestMessage.Body!);
        Assert.True(json.RootElement.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task MinistryNameWithACommaReachesSendGridWithoutIt()
    {
        using var harness = new SendGridHarness(_fake.Url);
        var digest = Mixed() with { Ministry = TestEscalations.HealthMinistry, To = TestEscalations.HealthAddress };

        await harness.SendAsync(digest);

        using var json = JsonDocument.Parse(Assert.Single(Server.LogEntries).RequestMessage.Body!);
        var to = json.RootElement.GetProperty("personalizations")[0].GetProperty("to")[0];
        Assert.Equal(TestEscalations.HealthAddress, to.GetProperty("email").GetString());
        Assert.Equal("Ministry of National Health Services Regulations and Coordination", to.GetProperty("name").GetString());
    }

    [Fact]
    public async Task TemplateIdSendsTheDigestAsDynamicTemplateDataInsteadOfBodies()
    {
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
    public async Task EuDataResidencySendsToTheEuHost()
    {
        var seen = new List<Uri>();

        // No host override here: the request is addressed by the SendGrid client itself, and a handler
        // at the bottom of the chain records that address before redirecting it to the fake.
        using var harness = new SendGridHarness(
            host: null,
            email: e => e.DataResidency = "eu",
            services: s => s.AddHttpClient<SendGridTransport>()
                .AddHttpMessageHandler(() => new RedirectingHandler(_fake.Url, seen)));

        var result = await harness.SendAsync(Mixed());

        Assert.IsType<SendResult.Accepted>(result);
        Assert.Equal(new Uri("https://api.eu.sendgrid.com/v3/mail/send"), Assert.Single(seen));
        Assert.Single(Server.LogEntries);
    }

    [Fact]
    public async Task GlobalDataResidencySendsToTheGlobalHost()
    {
        var seen = new List<Uri>();
        using var harness = new SendGridHarness(
            host: null,
            services: s => s.AddHttpClient<SendGridTransport>()
                .AddHttpMessageHandler(() => new RedirectingHandler(_fake.Url, seen)));

        await harness.SendAsync(Mixed());

        Assert.Equal(new Uri("https://api.sendgrid.com/v3/mail/send"), Assert.Single(seen));
    }
}
