using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Email;

/// <summary>A container wired as production wires it, pointed at a fake SendGrid, on a fake clock.</summary>
internal sealed class SendGridHarness : IDisposable
{
    public const string ApiKey = "SG.fake-key.Do-Not-Log-Me-0123456789";
    public const string From = "followup@jc.gov.pk";
    public const string ReplyTo = "secretariat-desk@jc.gov.pk";

    private readonly ServiceProvider _provider;

    public SendGridHarness(
        Uri? host,
        Action<EmailOptions>? email = null,
        Action<SendGridTransportOptions>? transport = null,
        Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddOptions<FollowUpOptions>().Configure(o =>
        {
            o.Email.FromAddress = From;
            o.Email.FromName = "FollowUp Secretariat";
            o.Email.ReplyToAddress = ReplyTo;
            o.Email.SendGridApiKey = ApiKey;
            email?.Invoke(o.Email);
        });
        collection.AddFollowUpEmail();
        collection.Configure<SendGridTransportOptions>(t =>
        {
            t.Host = host;

            // The fake clock runs ahead of real time while a request is in flight; only the
            // timeout tests want attempts to time out, so the others get room to spare.
            t.AttemptTimeout = TimeSpan.FromHours(1);
            t.TotalTimeout = TimeSpan.FromHours(10);
            transport?.Invoke(t);
        });
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 16, 4, 0, 0, TimeSpan.Zero));

    public CapturingLoggerProvider Logs { get; } = new();

    public IDigestSender Sender => _provider.GetRequiredService<IDigestSender>();

    /// <summary>Sends with the clock moving in <paramref name="step"/>s (default 500 ms) until the send returns.</summary>
    public Task<SendResult> SendAsync(FollowUp.Core.Reminders.Digest digest, string runId = "run-1", TimeSpan? step = null) =>
        Time.AdvanceUntilDone(Sender.SendAsync(digest, runId), step ?? TimeSpan.FromMilliseconds(500));

    public IReadOnlyList<TimeSpan> RetryDelays =>
        [.. Logs.Entries.Where(e => e.EventId.Id == 3101).Select(e => (TimeSpan)e.Values["Delay"]!)];

    public void Dispose() => _provider.Dispose();
}
