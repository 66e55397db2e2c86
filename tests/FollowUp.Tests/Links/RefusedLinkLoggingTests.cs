using FollowUp.Core.Updates;
using FollowUp.Tests.Email;
using Microsoft.Extensions.Logging;

namespace FollowUp.Tests.Links;

/// <summary>Anyone can send a refused token, so refusals are logged at Debug, never Information.</summary>
public sealed class RefusedLinkLoggingTests : IDisposable
{
    private readonly LinkTestContext _links = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _factory;
    private readonly OwnerLinks _owners;

    public RefusedLinkLoggingTests()
    {
        _factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        _owners = new OwnerLinks(_links.Verifier, _factory.CreateLogger<OwnerLinks>());
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void AForgedTokenIsLoggedAtDebug(string token)
    {
        Assert.Null(_owners.Verify("c-1", token));

        Assert.Equal(LogLevel.Debug, Assert.Single(_logs.Entries).Level);
    }

    [Fact]
    public void ATokenTooOldToRefreshIsLoggedAtDebug()
    {
        var token = _links.Signer.CreateToken("c-1", "a@b.org", 0);
        _links.Time.Advance(TimeSpan.FromDays(30 + 90));

        Assert.Null(_owners.Verify("c-1", token));

        Assert.Equal(LogLevel.Debug, Assert.Single(_logs.Entries).Level);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _logs.Dispose();
    }
}
