using System.Text.Json.Nodes;
using FollowUp.Core.Configuration;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>The backup container: private, versioned, soft-deleted, expired by a lifecycle rule, writable by the app alone.</summary>
[Collection(SharedBicepBuild.Name)]
public sealed class BackupInfraTests(BicepFixture bicep)
{
    private const string StorageAccounts = "Microsoft.Storage/storageAccounts";
    private const string Containers = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";

    [Fact]
    public void BackupContainerIsPrivateAndNamedByItsParameter()
    {
        var container = Storage().ResourcesOfType(Containers).Single(c => ((string?)c["name"])?.Contains("backupContainerName", StringComparison.Ordinal) == true);

        Assert.Equal("None", (string?)container["properties"]?["publicAccess"]);
    }

    [Fact]
    public void BackupContainerIsTheAppsDefault() =>
        Assert.Equal(new StorageOptions().BackupContainer, (string?)bicep.Template.Variables["backupContainerName"]);

    [Fact]
    public void BlobVersioningAndSoftDeleteOfBlobsAndContainersAreOn()
    {
        var properties = Storage().SingleResourceOfType("Microsoft.Storage/storageAccounts/blobServices")["properties"];

        Assert.True((bool?)properties?["isVersioningEnabled"]);
        Assert.True((bool?)properties?["deleteRetentionPolicy"]?["enabled"]);
        Assert.True((bool?)properties?["containerDeleteRetentionPolicy"]?["enabled"]);
        Assert.Equal("[parameters('softDeleteRetentionDays')]", (string?)properties?["deleteRetentionPolicy"]?["days"]);
        Assert.Equal("[parameters('softDeleteRetentionDays')]", (string?)properties?["containerDeleteRetentionPolicy"]?["days"]);
    }

    [Fact]
    public void LifecycleRuleDeletesBackupsAndTheirVersionsAfterTheRetention()
    {
        var rule = BackupRule();

        Assert.True((bool?)rule["enabled"]);
        Assert.Equal("[format('{0}/', parameters('backupContainerName'))]", (string?)rule["definition"]?["filters"]?["prefixMatch"]?[0]);
        var actions = rule["definition"]?["actions"];
        Assert.Equal("[parameters('backupRetentionDays')]", (string?)actions?["baseBlob"]?["delete"]?["daysAfterModificationGreaterThan"]);
        Assert.Equal("[parameters('backupRetentionDays')]", (string?)actions?["version"]?["delete"]?["daysAfterCreationGreaterThan"]);
    }

    [Fact]
    public void NoOtherLifecycleRuleTouchesTheBackupContainer()
    {
        var others = Rules().Where(r => r != BackupRule()).SelectMany(r => r["definition"]?["filters"]?["prefixMatch"]?.AsArray() ?? []).Select(p => (string?)p);

        Assert.All(others, prefix => Assert.DoesNotContain("backupContainerName", prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void RetentionAndScheduleDefaultsAreTheAppsDefaults()
    {
        Assert.Equal(new FollowUpOptions().BackupRetentionDays, (int?)bicep.Template.Parameters["backupRetentionDays"]?["defaultValue"]);
        Assert.Equal(new FollowUpOptions().BackupSchedule, (string?)bicep.Template.Parameters["backupSchedule"]?["defaultValue"]);
    }

    [Fact]
    public void OneRetentionParameterFeedsTheLifecycleRuleAndTheAppSetting()
    {
        Assert.Equal("[parameters('backupRetentionDays')]", (string?)bicep.Template.ModuleCallDeploying(StorageAccounts)["properties"]?["parameters"]?["backupRetentionDays"]?["value"]);
        Assert.Equal("[parameters('backupRetentionDays')]", (string?)bicep.Template.ModuleCallDeploying("Microsoft.Web/sites")["properties"]?["parameters"]?["backupRetentionDays"]?["value"]);
        Assert.Equal("[string(parameters('backupRetentionDays'))]", AppSettings().ValueOf("FollowUp__BackupRetentionDays"));
    }

    [Theory]
    [InlineData("FollowUp__Storage__BlobServiceUri", "[parameters('blobEndpoint')]")]
    [InlineData("FollowUp__Storage__BackupContainer", "[parameters('backupContainerName')]")]
    [InlineData("FollowUp__BackupSchedule", "[parameters('backupSchedule')]")]
    public void BackupSettingsReachTheApp(string setting, string expected) =>
        Assert.Equal(expected, AppSettings().ValueOf(setting));

    [Fact]
    public void AppMayWriteBackupsOnTheBackupContainerOnly()
    {
        var assignment = Assignment("ba92f5b4-2d11-453d-a403-e96b0029c9fe");

        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', parameters('backupContainerName'))]", (string?)assignment["scope"]);
        Assert.Equal("[reference('storage').outputs.backupContainerName.value]", (string?)bicep.Template.ModuleCallDeploying(RoleAssignments)["properties"]?["parameters"]?["backupContainerName"]?["value"]);
    }

    [Fact]
    public void AppMayListTablesOnTheTableServiceWithoutAnyDataRole()
    {
        var assignment = Assignment("acdd72a7-3385-48ef-bd42-f606fba81ae7");

        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts/tableServices', parameters('storageAccountName'), 'default')]", (string?)assignment["scope"]);
    }

    private ArmTemplate Storage() => bicep.Template.ModuleDeploying(StorageAccounts);

    private IEnumerable<JsonObject> Rules() =>
        Storage().SingleResourceOfType("Microsoft.Storage/storageAccounts/managementPolicies")["properties"]!["policy"]!["rules"]!.AsArray().Select(r => r!.AsObject());

    private JsonObject BackupRule() =>
        Rules().Single(r => ((string?)r["definition"]?["filters"]?["prefixMatch"]?[0])?.Contains("backupContainerName", StringComparison.Ordinal) == true);

    private JsonObject Assignment(string role)
    {
        var roles = bicep.Template.ModuleDeploying(RoleAssignments);
        return Assert.Single(roles.ResourcesOfType(RoleAssignments), a =>
            (string?)a["properties"]?["roleDefinitionId"] is { } id && (id.Contains(role, StringComparison.Ordinal) || roles.Variables.Any(v => (string?)v.Value == role && id.Contains($"variables('{v.Key}')", StringComparison.Ordinal))));
    }

    private AppSettingsSurface AppSettings() => AppSettingsSurface.Read(bicep.Template.ModuleDeploying("Microsoft.Web/sites"));
}
