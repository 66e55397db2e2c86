using System.Text.Json.Nodes;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>The scale-out cap bounds what a flood of anonymous requests can cost; a front door can be the only way in.</summary>
[Collection(SharedBicepBuild.Name)]
public sealed class ScaleAndFrontDoorTests(BicepFixture bicep)
{
    private const string Sites = "Microsoft.Web/sites";

    [Fact]
    public void MaximumInstanceCountDefaultsToTenInBothTemplates()
    {
        Assert.Equal(10, (int?)bicep.Template.Parameters["maximumInstanceCount"]?["defaultValue"]);
        Assert.Equal(10, (int?)AppModule().Parameters["maximumInstanceCount"]?["defaultValue"]);
    }

    [Fact]
    public void MaximumInstanceCountDefaultsToTenInBothParameterFiles()
    {
        Assert.Equal("${FOLLOWUP_MAXIMUM_INSTANCE_COUNT=10}", AzdParameterFile.ValueOf("maximumInstanceCount"));
        Assert.Contains(
            "param maximumInstanceCount = int(readEnvironmentVariable('FOLLOWUP_MAXIMUM_INSTANCE_COUNT', '10'))",
            File.ReadAllText(BicepFixture.MainBicepParam),
            StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAFrontDoorTheAppHasNoAccessRestriction()
    {
        Assert.Equal("[if(empty(parameters('frontDoorId')), createArray(), variables('frontDoorOnly'))]", (string?)SiteConfig()["ipSecurityRestrictions"]);
        Assert.Equal("", (string?)AppModule().Parameters["frontDoorId"]?["defaultValue"]);
    }

    [Fact]
    public void WithAFrontDoorOnlyItsOwnTrafficIsAllowed()
    {
        var rule = Assert.Single(AppModule().Variables["frontDoorOnly"]!.AsArray())!;

        Assert.Equal("Allow", (string?)rule["action"]);
        Assert.Equal("ServiceTag", (string?)rule["tag"]);
        Assert.Equal("AzureFrontDoor.Backend", (string?)rule["ipAddress"]);
        Assert.Equal("[parameters('frontDoorId')]", (string?)Assert.Single(rule["headers"]!["x-azure-fdid"]!.AsArray()));
        Assert.Equal("[if(empty(parameters('frontDoorId')), 'Allow', 'Deny')]", (string?)SiteConfig()["ipSecurityRestrictionsDefaultAction"]);
    }

    [Fact]
    public void ScmSiteKeepsItsOwnRulesSoDeploymentsStillReachIt() =>
        Assert.False((bool?)SiteConfig()["scmIpSecurityRestrictionsUseMain"] ?? true);

    [Theory]
    [InlineData("publicBaseUrl")]
    [InlineData("frontDoorId")]
    public void FrontDoorSettingReachesTheAppModule(string name) =>
        Assert.Equal(
            $"[parameters('{name}')]",
            (string?)bicep.Template.ModuleCallDeploying(Sites)["properties"]?["parameters"]?[name]?["value"]);

    private ArmTemplate AppModule() => bicep.Template.ModuleDeploying(Sites);

    private JsonObject SiteConfig() => AppModule().SingleResourceOfType(Sites)["properties"]!["siteConfig"]!.AsObject();
}
