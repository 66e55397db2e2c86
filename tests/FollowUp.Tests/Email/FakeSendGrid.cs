using WireMock.Server;
using WireMock.Settings;

namespace FollowUp.Tests.Email;

/// <summary>A stand-in for SendGrid's API on the loopback address, shared by one test class.</summary>
public sealed class FakeSendGrid : IDisposable
{
    public FakeSendGrid()
    {
        // Bound to 127.0.0.1 only; port 0 lets the OS pick a free one.
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    }

    public WireMockServer Server { get; }

    public Uri Url => new(Server.Url!);

    public void Dispose() => Server.Stop();
}
