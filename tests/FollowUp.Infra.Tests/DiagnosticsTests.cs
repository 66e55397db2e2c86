using System.Text.Json.Nodes;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>The function app, the vault and the tables send their resource logs to the workspace.</summary>
[Collection(SharedBicepBuild.Name)]
public sealed class DiagnosticsTests(BicepFixture bicep)
{
    private const string DiagnosticSettings = "Microsoft.Insights/diagnosticSettings";

    [Theory]
    [InlineData("Microsoft.Web/sites", "FunctionAppLogs")]
    [InlineData("Microsoft.KeyVault/vaults", "AuditEvent")]
    [InlineData("Microsoft.Storage/storageAccounts/tableServices", "StorageRead,StorageWrite,StorageDelete")]
    public void ResourceSendsItsLogCategoriesToLogAnalytics(string scopeType, string categories)
    {
        var setting = SettingOn(scopeType);

        var enabled = setting["properties"]!["logs"]!.AsArray()
            .Where(log => (bool?)log?["enabled"] == true)
            .Select(log => (string?)log?["category"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(categories.Split(',').Order(StringComparer.Ordinal), enabled);
    }

    [Theory]
    [InlineData("Microsoft.Web/sites")]
    [InlineData("Microsoft.KeyVault/vaults")]
    [InlineData("Microsoft.Storage/storageAccounts/tableServices")]
    public void SettingTargetsTheDeploymentsOwnWorkspace(string scopeType)
    {
        var call = bicep.Template.ModuleCallDeploying(scopeType);

        Assert.Equal("[parameters('logAnalyticsWorkspaceId')]", (string?)SettingOn(scopeType)["properties"]?["workspaceId"]);
        Assert.Equal(
            "[reference('monitoring').outputs.logAnalyticsId.value]",
            (string?)call["properties"]?["parameters"]?["logAnalyticsWorkspaceId"]?["value"]);
    }

    [Fact]
    public void FunctionAppShipsNoLogCategoryThatRecordsUrls()
    {
        // AppServiceHTTPLogs (or the allLogs group) would store every request URL, signed token included.
        var logs = SettingOn("Microsoft.Web/sites")["properties"]!["logs"]!.ToJsonString();

        Assert.DoesNotContain("HTTPLogs", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("categoryGroup", logs, StringComparison.Ordinal);
    }

    private JsonObject SettingOn(string scopeType)
    {
        var module = bicep.Template.ModuleDeploying(scopeType);
        return Assert.Single(
            module.ResourcesOfType(DiagnosticSettings),
            setting => ((string?)setting["scope"])?.StartsWith($"[resourceId('{scopeType}',", StringComparison.Ordinal) == true);
    }
}
