using System.Text.Json.Nodes;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

[Collection(SharedBicepBuild.Name)]
public sealed class HostingTests(BicepFixture bicep)
{
    private const string Sites = "Microsoft.Web/sites";

    [Fact]
    public void PlanIsFlexConsumptionFc1OnLinux()
    {
        var plan = bicep.Template.ModuleDeploying(Sites).SingleResourceOfType("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", (string?)plan["sku"]?["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]?["tier"]);
        Assert.True((bool?)plan["properties"]?["reserved"], "A Linux plan has properties.reserved = true.");
    }

    [Fact]
    public void SiteRunsDotnetIsolatedTen()
    {
        var runtime = Site()["properties"]?["functionAppConfig"]?["runtime"];

        Assert.Equal("dotnet-isolated", (string?)runtime?["name"]);
        Assert.Equal("10.0", (string?)runtime?["version"]);
    }

    [Fact]
    public void SiteIsALinuxFunctionApp() => Assert.Equal("functionapp,linux", (string?)Site()["kind"]);

    [Fact]
    public void SiteIsHttpsOnly() => Assert.True((bool?)Site()["properties"]?["httpsOnly"], "The site must set httpsOnly.");

    [Fact]
    public void SiteRunsAsTheUserAssignedIdentity()
    {
        var identity = Site()["identity"]!;

        Assert.Equal("UserAssigned", (string?)identity["type"]);
        var assigned = Assert.Single(identity["userAssignedIdentities"]!.AsObject());
        Assert.Contains("parameters('identityResourceId')", assigned.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteResolvesKeyVaultReferencesWithTheUserAssignedIdentity() =>
        Assert.Equal("[parameters('identityResourceId')]", (string?)Site()["properties"]?["keyVaultReferenceIdentity"]);

    [Fact]
    public void DeploymentPackageIsABlobContainerReachedWithTheUserAssignedIdentity()
    {
        var storage = Site()["properties"]?["functionAppConfig"]?["deployment"]?["storage"];

        Assert.Equal("blobContainer", (string?)storage?["type"]);
        Assert.Contains("parameters('deploymentContainerName')", (string?)storage?["value"], StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", (string?)storage?["authentication"]?["type"]);
        Assert.Equal("[parameters('identityResourceId')]", (string?)storage?["authentication"]?["userAssignedIdentityResourceId"]);
    }

    [Theory]
    [InlineData("maximumInstanceCount")]
    [InlineData("instanceMemoryMB")]
    public void ScaleSettingComesFromTheMainTemplatesParameter(string name)
    {
        var scale = Site()["properties"]?["functionAppConfig"]?["scaleAndConcurrency"];
        var call = bicep.Template.ModuleCallDeploying(Sites);

        Assert.Equal($"[parameters('{name}')]", (string?)scale?[name]);
        Assert.Equal($"[parameters('{name}')]", (string?)call["properties"]?["parameters"]?[name]?["value"]);
        Assert.True(bicep.Template.Parameters.ContainsKey(name), $"main.bicep has no parameter {name}.");
    }

    [Fact]
    public void SiteIsTaggedAsTheAzdApiService()
    {
        var appModule = bicep.Template.ModuleDeploying(Sites);

        Assert.Contains("createObject('azd-service-name', parameters('azdServiceName'))", (string?)Site()["tags"], StringComparison.Ordinal);
        Assert.Equal("api", (string?)appModule.Parameters["azdServiceName"]?["defaultValue"]);
    }

    [Fact]
    public void SiteIsTaggedWithTheAzdEnvironment()
    {
        var call = bicep.Template.ModuleCallDeploying(Sites);

        Assert.Equal("[parameters('environmentName')]", (string?)bicep.Template.Variables["tags"]?["azd-env-name"]);
        Assert.Equal("[variables('tags')]", (string?)call["properties"]?["parameters"]?["tags"]?["value"]);
        Assert.Contains("parameters('tags')", (string?)Site()["tags"], StringComparison.Ordinal);
    }

    private JsonObject Site() => bicep.Template.ModuleDeploying(Sites).SingleResourceOfType(Sites);
}
