using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Configuration;

public sealed class ConfigurationRuleTests
{
    private static readonly Dictionary<string, string?> DevelopmentKey = new()
    {
        ["FollowUp:Email:FromAddress"] = "followup@example.org",
        ["FollowUp:Links:SigningKeys:0:Id"] = "local1",
        ["FollowUp:Links:SigningKeys:0:Secret"] = LinkSigningKeys.PublishedDevelopmentSecret,
    };

    private static FollowUpOptions RealStorage(string? sendGridKey) => new()
    {
        Storage = new StorageOptions { TableServiceUri = "https://followupprod.table.core.windows.net/" },
        Email = new EmailOptions { FromAddress = "followup@example.org", SendGridApiKey = sendGridKey },
    };

    [Fact]
    public void PublishedDevelopmentKeyIsRefusedWhenLinksLeaveThisMachine()
    {
        var settings = new Dictionary<string, string?>(DevelopmentKey) { ["FollowUp:PublicBaseUrl"] = "https://followup.example.org" };

        var ex = Assert.Throws<OptionsValidationException>(() => StartupValidationTests.ValidateAtStartup(settings));

        Assert.Contains("FollowUp:Links:SigningKeys:0:Secret is the published development key", string.Join("\n", ex.Failures), StringComparison.Ordinal);
        Assert.DoesNotContain(LinkSigningKeys.PublishedDevelopmentSecret, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:7071")]
    [InlineData("http://localhost:7071")]
    public void PublishedDevelopmentKeyIsAcceptedForLoopbackLinks(string baseUrl)
    {
        StartupValidationTests.ValidateAtStartup(new Dictionary<string, string?>(DevelopmentKey) { ["FollowUp:PublicBaseUrl"] = baseUrl });
    }

    [Fact]
    public void OutboxAgainstRealStorageIsRefusedNamingTheAccountAndTheSetting()
    {
        var problem = OutboxRule.Check(RealStorage(sendGridKey: null));

        Assert.NotNull(problem);
        Assert.Contains("FollowUp:Email:SendGridApiKey is not set", problem, StringComparison.Ordinal);
        Assert.Contains("followupprod", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StorageOptions.LocalConnectionString)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:41234/devstoreaccount1;")]
    public void OutboxAgainstTheLocalEmulatorIsAllowed(string connectionString)
    {
        var options = new FollowUpOptions { Storage = new StorageOptions { ConnectionString = connectionString } };

        Assert.Null(OutboxRule.Check(options));
    }

    [Fact]
    public void RealStorageWithASendGridKeyIsNotAnOutboxProblem()
    {
        Assert.Null(OutboxRule.Check(RealStorage(sendGridKey: "SG.key")));
    }
}
