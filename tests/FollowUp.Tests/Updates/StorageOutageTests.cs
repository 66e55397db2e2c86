using Azure.Data.Tables;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

public sealed class StorageOutageTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    // Port 1 on loopback refuses at once; no retries, so the outage shows in milliseconds.
    private static TableServiceClient Unreachable() => new(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;",
        new TableClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });

    [Fact]
    public async Task UnreachableStorageIsServiceUnavailableWithTheSecurityHeaders()
    {
        await using var context = new ProgressTestContext(azurite, Unreachable());
        var token = context.TokenFor();

        var page = ProgressAssert.IsHtml(503, await context.GetAsync(token));
        var json = ProgressAssert.IsJson(503, await context.PostJsonAsync(token, """{ "status": "InProgress", "progress": 10, "version": "v" }"""));
        ProgressAssert.IsHtml(503, await context.RequestFreshLinkAsync(token));

        Assert.Contains("FollowUp is unavailable", page.Body, StringComparison.Ordinal);
        Assert.Equal("60", json.Headers["Retry-After"]);
        Assert.DoesNotContain("127.0.0.1", page.Body, StringComparison.Ordinal);
        Assert.Empty(context.Sender.Sent);
    }
}
