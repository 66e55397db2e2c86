using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

/// <summary>The outbox's .eml files as strict MIME readers that FollowUp did not write see them.</summary>
public sealed class OutboxMimeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "followup-mime-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _provider;

    public OutboxMimeTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 16, 4, 5, 6, TimeSpan.Zero)));
        services.AddOptions<FollowUpOptions>().Configure(o =>
        {
            o.Email.FromAddress = "followup@jc.gov.pk";
            o.Email.FromName = "FollowUp Secretariat";
            o.Email.OutboxPath = _folder;
        });
        services.AddFollowUpEmail();
        _provider = services.BuildServiceProvider();
    }

    public static TheoryData<string> Kinds => ["digest", "escalation", "fresh-link"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryLineEndsInCrlfAndEveryByteIsSevenBit(string kind)
    {
        var bytes = await File.ReadAllBytesAsync(await WriteAsync(kind));

        Assert.DoesNotContain(bytes, b => b >= 0x80);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                Assert.True(i > 0 && bytes[i - 1] == '\r', $"A bare LF ends the line before byte {i}.");
            }
            else if (bytes[i] == '\r')
            {
                Assert.True(i + 1 < bytes.Length && bytes[i + 1] == '\n', $"A bare CR at byte {i}.");
            }
        }

        // RFC 5322 2.1.1: a line is at most 998 characters, CRLF excluded.
        Assert.All(System.Text.Encoding.ASCII.GetString(bytes).Split("\r\n"), line => Assert.InRange(line.Length, 0, 998));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PythonsStrictEmailParserFindsNoDefect(string kind)
    {
        var (problems, toName) = StrictMimeReaders.Python(await WriteAsync(kind));

        Assert.Empty(problems);
        Assert.Equal(kind == "escalation" ? "" : TestEscalations.HealthMinistry, toName);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task MimeKitsStrictParserReadsBackWhatWasWritten(string kind)
    {
        var message = StrictMimeReaders.MimeKit(await WriteAsync(kind));

        var to = Assert.IsType<MailboxAddress>(Assert.Single(message.To));
        Assert.Equal(kind == "escalation" ? Secretariat : TestEscalations.HealthAddress, to.Address);
        Assert.Equal(kind == "escalation" ? "" : TestEscalations.HealthMinistry, to.Name ?? "");
        Assert.Equal(kind, message.Headers["X-FollowUp-Kind"]);
        Assert.All(message.BodyParts.OfType<TextPart>(), part => Assert.Equal(ContentEncoding.QuotedPrintable, part.ContentTransferEncoding));
        Assert.Contains(UrduTitle, message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(UrduTitle, message.TextBody, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _provider.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Writes one message of <paramref name="kind"/>, with Urdu and a dash in it, and returns its file.</summary>
    private async Task<string> WriteAsync(string kind)
    {
        var health = TestEscalations.Health;
        var commitment = Commitment("health-mou", UrduTitle, Today.AddDays(-15)) with { Owners = [health] };
        var result = kind switch
        {
            "digest" => await _provider.GetRequiredService<IDigestSender>().SendAsync(
                Of(Item(commitment, FollowUp.Core.Reminders.ReminderStage.Overdue, escalated: true, overdueReminder: 3)) with { To = health.Email, Ministry = health.Ministry },
                "run-1"),
            "escalation" => await _provider.GetRequiredService<IEscalationSender>().SendAsync(TestEscalations.Mixed(), "run-1"),
            _ => await FreshLink(commitment, health),
        };

        Assert.IsType<SendResult.Accepted>(result);
        return Assert.Single(Directory.GetFiles(_folder, "*.eml"));
    }

    private async Task<SendResult> FreshLink(Commitment commitment, ResponsibleParty owner) =>
        await _provider.GetRequiredService<IFreshLinkSender>().SendAsync(commitment, owner, Link(commitment.Id))
            ? new SendResult.Accepted(null)
            : new SendResult.Refused("the outbox refused the fresh link");
}
