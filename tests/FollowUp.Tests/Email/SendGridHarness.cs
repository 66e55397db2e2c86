using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
            transport?.Invoke(t);
        });
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider();
    }

    public PipelineClock Time { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public IDigestSender Sender => _provider.GetRequiredService<IDigestSender>();

    public IEscalationSender Escalations => _provider.GetRequiredService<IEscalationSender>();

    public IFreshLinkSender FreshLinks => _provider.GetRequiredService<IFreshLinkSender>();

    public SendGridTransportOptions TransportOptions => _provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SendGridTransportOptions>>().Value;

    public IReadOnlyList<TimeSpan> RetryDelays =>
        [.. Logs.Entries.Where(e => e.EventId.Id == 3101).Select(e => (TimeSpan)e.Values["Delay"]!)];

    /// <summary>Sends a digest, moving the clock through each retry wait the pipeline starts (see <see cref="Drive{T}"/>).</summary>
    public Task<SendResult> SendAsync(FollowUp.Core.Reminders.Digest digest, string runId = "run-1") =>
        Drive(Sender.SendAsync(digest, runId));

    /// <summary>
    /// Awaits <paramref name="send"/>, moving the fake clock only when the pipeline starts the wait it
    /// has just announced (a timer for exactly the logged retry delay), and by exactly that wait. The
    /// clock stands still while a request is in flight, so no attempt times out by accident and a wait
    /// computed from a header comes out exact.
    /// </summary>
    public async Task<T> Drive<T>(Task<T> send)
    {
        using var stop = new CancellationTokenSource();
        stop.CancelAfter(TimeSpan.FromSeconds(60));
        var waited = 0;
        try
        {
            while (true)
            {
                var timer = Time.Timers.ReadAsync(stop.Token).AsTask();
                if (await Task.WhenAny(send, timer) == send)
                {
                    return await send;
                }

                var due = await timer;
                var delays = RetryDelays;
                while (waited < delays.Count && delays[waited] == TimeSpan.Zero)
                {
                    waited++;
                }

                // Task.Delay hands the timer whole milliseconds; a jittered delay carries ticks.
                if (waited < delays.Count && (due - delays[waited]).Duration() < TimeSpan.FromMilliseconds(1))
                {
                    waited++;
                    Time.Advance(due);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !send.IsCompleted)
        {
            throw new InvalidOperationException("The send neither finished nor started a retry wait; the pipeline is stuck.");
        }
        finally
        {
            // A read still waiting would otherwise take the next send's first timer.
            await stop.CancelAsync();
        }
    }

    public void Dispose() => _provider.Dispose();
}
