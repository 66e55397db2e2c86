using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace FollowUp.Tests.Email;

/// <summary>
/// A fake SendGrid on loopback that receives the first request and does not answer it until disposed:
/// the request has gone out, and whether it was accepted is anyone's guess. Any later request is
/// accepted at once, so a send that wrongly tries again ends (accepted) instead of waiting forever.
/// </summary>
internal sealed class HeldSendGrid : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public HeldSendGrid()
    {
        _server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithCallback(async _ =>
        {
            if (Interlocked.Increment(ref _calls) > 1)
            {
                return new WireMock.ResponseMessage { StatusCode = 202 };
            }

            _arrived.TrySetResult();
            await _release.Task;
            return new WireMock.ResponseMessage { StatusCode = 202 };
        }));
    }

    public Uri Url => new(_server.Url!);

    /// <summary>Completes when the first request has reached the server (a minute of real time at most).</summary>
    public Task FirstArrival => _arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public int Calls => Volatile.Read(ref _calls);

    public void Dispose()
    {
        _release.TrySetResult();
        _server.Stop();
    }
}
