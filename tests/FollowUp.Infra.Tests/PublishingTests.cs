using System.Text.Json.Nodes;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>Deployment is by Entra ID only, over TLS 1.2, and the host shows no default page.</summary>
[Collection(SharedBicepBuild.Name)]
public sealed class PublishingTests(BicepFixture bicep)
{
    private const string Sites = "Microsoft.Web/sites";

    [Theory]
    [InlineData("ftp")]
    [InlineData("scm")]
    public void BasicPublishingCredentialsAreRefused(string endpoint)
    {
        var policy = Assert.Single(
            AppModule().ResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            resource => ((string?)resource["name"])?.EndsWith($"'{endpoint}')]", StringComparison.Ordinal) == true);

        Assert.False((bool?)policy["properties"]?["allow"] ?? true, $"Basic credentials on {endpoint} must be refused.");
    }

    /// <summary>
    /// Flex Consumption has no FTP(S) endpoint and lists these site properties as deprecated; some
    /// regions reject a site that sets one (ARM error 51021), so "FTP disabled" is not written as ftpsState.
    /// </summary>
    [Theory]
    [InlineData("ftpsState")]
    [InlineData("alwaysOn")]
    [InlineData("use32BitWorkerProcess")]
    [InlineData("linuxFxVersion")]
    [InlineData("netFrameworkVersion")]
    [InlineData("functionAppScaleLimit")]
    [InlineData("preWarmedInstanceCount")]
    public void NoSitePropertyDeprecatedOnFlexConsumptionIsSet(string property) =>
        Assert.False(SiteConfig().ContainsKey(property), $"siteConfig.{property} is deprecated on Flex Consumption.");

    [Theory]
    [InlineData("minTlsVersion")]
    [InlineData("scmMinTlsVersion")]
    public void SiteAndScmRequireTls12(string property) => Assert.Equal("1.2", (string?)SiteConfig()[property]);

    [Fact]
    public void HostHomepageIsDisabled() =>
        Assert.Equal("true", AppSettingsSurface.Read(AppModule()).ValueOf("AzureWebJobsDisableHomepage"));

    private ArmTemplate AppModule() => bicep.Template.ModuleDeploying(Sites);

    private JsonObject SiteConfig() => AppModule().SingleResourceOfType(Sites)["properties"]!["siteConfig"]!.AsObject();
}
