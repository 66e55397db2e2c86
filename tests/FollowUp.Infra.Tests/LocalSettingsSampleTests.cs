using System.Text.Json;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>local.settings.sample.json is what a Core Tools user copies: it must name every option the app reads.</summary>
public sealed class LocalSettingsSampleTests
{
    // Azure-only: locally the app reaches Azurite by connection string, not by identity.
    private static readonly HashSet<string> AzureOnly = new(StringComparer.Ordinal)
    {
        "FollowUp__Storage__TableServiceUri",
        "FollowUp__Storage__ManagedIdentityClientId",
        "FollowUp__Storage__BlobServiceUri",
        "FollowUp__Storage__QueueServiceUri",
    };

    [Fact]
    public void SampleNamesEveryOptionTheAppBinds()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var missing = OptionPaths.All().Where(p => !AzureOnly.Contains(p) && !values.Contains(p)).ToList();

        Assert.True(missing.Count == 0, $"local.settings.sample.json lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void SampleUsesAzuriteAndNoRealSecret()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");

        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("AzureWebJobsStorage").GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("FollowUp__Storage__ConnectionString").GetString());
        Assert.Equal("", values.GetProperty("FollowUp__Email__SendGridApiKey").GetString());
    }
}
