using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

public sealed class OutboxTransportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "followup-outbox-" + Guid.NewGuid().ToString("N"), "nested");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 16, 4, 5, 6, 789, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ServiceProvider _provider;

    public OutboxTransportTests()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(_time);
        services.AddOptions<FollowUpOptions>().Configure(o =>
        {
            o.Email.FromAddress = "followup@jc.gov.pk";
            o.Email.FromName = "FollowUp Secretariat";
            o.Email.ReplyToAddress = "desk@jc.gov.pk";
            o.Email.SendGridApiKey = null;
            o.Email.OutboxPath = _folder;
        });
        services.AddFollowUpEmail();
        _provider = services.BuildServiceProvider();
    }

    private IDigestSender Sender => _provider.GetRequiredService<IDigestSender>();

    [Fact]
    public async Task DigestIsWrittenAsAnEmlThatMailClientsCanParse()
    {
        var result = await Sender.SendAsync(Mixed(), "run-7");

        var accepted = Assert.IsType<SendResult.Accepted>(result);
        var file = Assert.Single(Directory.GetFiles(_folder));
        var message = await MimeMessage.LoadAsync(file);

        Assert.Equal(accepted.MessageId, message.MessageId);
        Assert.EndsWith("@jc.gov.pk", message.MessageId, StringComparison.Ordinal);
        Assert.Equal("2 commitments need your update — 1 overdue", message.Subject);

        // RFC 5322 dates carry whole seconds.
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 4, 5, 6, TimeSpan.Zero), message.Date);
        var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal(("FollowUp Secretariat", "followup@jc.gov.pk"), (from.Name, from.Address));
        var to = Assert.IsType<MailboxAddress>(Assert.Single(message.To));
        Assert.Equal((OwnerMinistry, Owner), (to.Name, to.Address));
        Assert.Empty(message.Cc);
        Assert.Equal(["desk@jc.gov.pk"], message.ReplyTo.Mailboxes.Select(m => m.Address));
        Assert.Equal("digest", message.Headers["X-FollowUp-Kind"]);
        Assert.Equal("run-7", message.Headers["X-FollowUp-Run-Id"]);
        Assert.Equal("visa-regime,trade-accord", message.Headers["X-FollowUp-Commitment-Ids"]);

        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains($"https://followup.example.org/u/visa-regime?t={LinkToken}&k=k1", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://followup.example.org/u/trade-accord?t={LinkToken}&amp;k=k1\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(UrduTitle, message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(UrduTitle, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(AzerbaijaniMinistry, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileNamesSortByTimeNameTheRecipientAndNeverCollide()
    {
        await Sender.SendAsync(Mixed(), "run-1");
        await Sender.SendAsync(Mixed(), "run-1");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Sender.SendAsync(Mixed() with { To = "Odd.Name+tag@Example.ORG" }, "run-1");

        var names = Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, names.Count);
        Assert.All(names[..2], n => Assert.Matches(@"^20260316T040506789-trade_commerce\.gov\.pk-[0-9a-f]{8}\.eml$", n));
        Assert.Matches(@"^20260316T040506790-odd\.name-tag_example\.org-[0-9a-f]{8}\.eml$", names[2]);
    }

    [Fact]
    public async Task OnlyWholeEmlFilesAreEverVisibleInTheOutbox()
    {
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Sender.SendAsync(Mixed(), $"run-{i}")));

        var files = Directory.GetFiles(_folder);
        Assert.Equal(5, files.Length);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void RelativeOutboxPathIsUnderTheWorkingDirectory()
    {
        var working = Path.Combine(Path.GetTempPath(), "app");

        Assert.Equal(Path.Combine(working, "outbox"), OutboxFiles.ResolveFolder("outbox", working));
        Assert.Equal(Path.Combine(working, "mail", "out"), OutboxFiles.ResolveFolder("mail/out", working));
        Assert.Equal(_folder, OutboxFiles.ResolveFolder(_folder, working));
    }

    [Fact]
    public async Task LogSaysWhereTheFileIsButNotWhatItSays()
    {
        await Sender.SendAsync(Mixed(), "run-9");

        var entry = Assert.Single(_logs.Entries, e => e.EventId.Id == 3110);
        Assert.StartsWith(_folder, (string)entry.Values["Path"]!, StringComparison.Ordinal);
        Assert.All(_logs.Entries, e =>
        {
            Assert.DoesNotContain(LinkToken, e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(UrduTitle, e.AllText, StringComparison.Ordinal);
        });
    }

    public void Dispose()
    {
        _provider.Dispose();
        var root = Path.GetDirectoryName(_folder)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
