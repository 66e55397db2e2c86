using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

[Collection(SharedBicepBuild.Name)]
public sealed class MonitoringTests(BicepFixture bicep)
{
    [Fact]
    public void ApplicationInsightsRefusesLocalAuthentication()
    {
        var component = bicep.Template.ModuleDeploying("Microsoft.Insights/components").SingleResourceOfType("Microsoft.Insights/components");

        Assert.True((bool?)component["properties"]?["DisableLocalAuth"], "Application Insights must set DisableLocalAuth.");
    }

    [Fact]
    public void ApplicationInsightsIsWorkspaceBased()
    {
        var monitoring = bicep.Template.ModuleDeploying("Microsoft.Insights/components");
        var component = monitoring.SingleResourceOfType("Microsoft.Insights/components");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)component["properties"]?["WorkspaceResourceId"], StringComparison.Ordinal);
    }

    [Fact]
    public void AppSendsTelemetryWithItsIdentity()
    {
        var settings = AppSettingsSurface.Read(bicep.Template.ModuleDeploying("Microsoft.Web/sites"));

        Assert.Equal(
            "[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]",
            settings.ValueOf("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        Assert.Equal("[parameters('applicationInsightsConnectionString')]", settings.ValueOf("APPLICATIONINSIGHTS_CONNECTION_STRING"));
    }
}
