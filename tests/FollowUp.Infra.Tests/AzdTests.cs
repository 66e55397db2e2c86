using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

public sealed class AzdTests
{
    [Fact]
    public void AzureYamlDeploysTheFunctionsProjectAsTheApiService()
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine("azure.yaml")).Select(line => line.Trim()).ToList();

        // The service key must equal the azd-service-name tag the function app carries.
        Assert.Contains("api:", lines);
        Assert.Contains("project: ./src/FollowUp.Functions", lines);
        Assert.Contains("language: dotnet", lines);
        Assert.Contains("host: function", lines);
        Assert.True(File.Exists(RepositoryRoot.Combine("src", "FollowUp.Functions", "FollowUp.Functions.csproj")));
    }
}
