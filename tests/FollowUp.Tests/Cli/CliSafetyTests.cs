using FollowUp.Core.Links;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Cli;

/// <summary>The refusals that keep the operator's tool from spending production nudges; none needs storage to answer.</summary>
public sealed class CliSafetyTests
{
    /// <summary>A real account (never contacted: the refusal comes first), public links, a key of the test's own, no SendGrid key.</summary>
    private static readonly Dictionary<string, string?> RealStorageWithoutSendGrid = new()
    {
        ["FollowUp:PublicBaseUrl"] = "https://followup.example.org",
        ["FollowUp:Storage:TableServiceUri"] = "https://followupprod.table.core.windows.net/",
        ["FollowUp:Links:SigningKeys:0:Id"] = "test1",
        ["FollowUp:Links:SigningKeys:0:Secret"] = TestTables.SigningSecret,
    };

    [Fact]
    public async Task ScanAgainstRealStorageWithoutASendGridKeyIsRefusedNamingTheFlag()
    {
        var scan = await CliRun.RunAsync(RealStorageWithoutSendGrid, "scan");

        Assert.Equal(1, scan.ExitCode);
        Assert.Contains("FollowUp:Email:SendGridApiKey is not set", scan.Error, StringComparison.Ordinal);
        Assert.Contains("followupprod", scan.Error, StringComparison.Ordinal);
        Assert.Contains("--allow-outbox", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeAgainstRealStorageWithoutASendGridKeyIsRefusedBeforeListening()
    {
        var serve = await CliRun.RunAsync(RealStorageWithoutSendGrid, "serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, serve.ExitCode);
        Assert.Contains("--allow-outbox", serve.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", serve.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ThePublishedDevelopmentKeyIsRefusedForLinksThatLeaveThisMachine()
    {
        var settings = new Dictionary<string, string?>(RealStorageWithoutSendGrid)
        {
            ["FollowUp:Links:SigningKeys:0:Secret"] = LinkSigningKeys.PublishedDevelopmentSecret,
        };

        var link = await CliRun.RunAsync(settings, "link", "customs-edi-mou", "--owner", "customs.pk@example.org");

        Assert.Equal(1, link.ExitCode);
        Assert.Contains("published development key", link.Error, StringComparison.Ordinal);
        Assert.Empty(link.Output);
    }

    [Fact]
    public void TheToolShipsNoSigningKey()
    {
        var settings = File.ReadAllText(RepositoryFiles.Path("src", "FollowUp.Cli", "appsettings.json"));

        Assert.DoesNotContain("SigningKeys", settings, StringComparison.Ordinal);
        Assert.DoesNotContain(LinkSigningKeys.PublishedDevelopmentSecret, settings, StringComparison.Ordinal);
    }
}
