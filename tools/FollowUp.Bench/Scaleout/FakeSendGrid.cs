using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace FollowUp.Bench.Scaleout;

/// <summary>
/// A stand-in for SendGrid's mail/send on loopback: answers each request after <c>latency</c>, refuses
/// a share of them with a 500 (which the transport retries, as it would SendGrid's), and counts the
/// messages it accepted per recipient, which is what "exactly one email per owner" is checked against.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly TimeSpan _latency;
    private readonly double _errorRate;
    private readonly Task _serving;
    private readonly CancellationTokenSource _stop = new();
    private long _requests;
    private long _errors;

    public FakeSendGrid(TimeSpan latency, double errorRate)
    {
        _latency = latency;
        _errorRate = errorRate;
        var port = FreePort();
        Url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentDictionary<string, int> Accepted { get; } = new(StringComparer.OrdinalIgnoreCase);

    public long Requests => Interlocked.Read(ref _requests);

    public long Errors => Interlocked.Read(ref _errors);

    public int AcceptedTotal => Accepted.Values.Sum();

    public void Reset()
    {
        Accepted.Clear();
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _errors, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _serving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        Interlocked.Increment(ref _requests);
        var recipient = await RecipientAsync(context.Request).ConfigureAwait(false);
        await Task.Delay(_latency).ConfigureAwait(false);
#pragma warning disable CA5394 // Which requests fail need not be unpredictable, only in proportion.
        if (Random.Shared.NextDouble() < _errorRate)
#pragma warning restore CA5394
        {
            Interlocked.Increment(ref _errors);
            response.StatusCode = 500;
            return;
        }

        if (recipient is not null)
        {
            Accepted.AddOrUpdate(recipient, 1, (_, n) => n + 1);
        }

        response.StatusCode = 202;
        response.Headers["X-Message-Id"] = Guid.NewGuid().ToString("N");
    }

    private static async Task<string?> RecipientAsync(HttpListenerRequest request)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.InputStream).ConfigureAwait(false);
            return body.RootElement.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
