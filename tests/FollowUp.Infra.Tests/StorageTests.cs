using FollowUp.Core.Configuration;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

[Collection(SharedBicepBuild.Name)]
public sealed class StorageTests(BicepFixture bicep)
{
    private const string StorageAccounts = "Microsoft.Storage/storageAccounts";

    [Theory]
    [InlineData("allowSharedKeyAccess", "false")]
    [InlineData("allowBlobPublicAccess", "false")]
    [InlineData("minimumTlsVersion", "\"TLS1_2\"")]
    [InlineData("supportsHttpsTrafficOnly", "true")]
    public void StorageAccountIsLockedDown(string property, string expectedJson)
    {
        var account = StorageModule().SingleResourceOfType(StorageAccounts);

        Assert.Equal(expectedJson, account["properties"]?[property]?.ToJsonString());
    }

    [Fact]
    public void DeploymentContainerIsPrivate()
    {
        var container = StorageModule().ResourcesOfType("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Single(c => ((string?)c["name"])?.Contains("deploymentContainerName", StringComparison.Ordinal) == true);

        Assert.Equal("None", (string?)container["properties"]?["publicAccess"]);
    }

    [Theory]
    [InlineData("Commitments")]
    [InlineData("SendLedger")]
    [InlineData("LinkRequests")]
    [InlineData("Snapshots")]
    [InlineData("DataProtection")]
    [InlineData("OwnerIndex")]
    [InlineData("ScanRuns")]
    public void AppTableIsCreatedWithThePrefix(string table)
    {
        var storage = StorageModule();
        var tables = storage.SingleResourceOfType("Microsoft.Storage/storageAccounts/tableServices/tables");
        var names = storage.Variables["tableNames"]!.AsArray().Select(name => (string?)name).ToList();

        Assert.Contains($"[format('{{0}}{table}', parameters('tablePrefix'))]", names);
        Assert.Contains("variables('tableNames')[copyIndex()]", (string?)tables["name"], StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultTablePrefixIsTheAppsDefault() =>
        Assert.Equal(new StorageOptions().TablePrefix, (string?)bicep.Template.Parameters["tablePrefix"]?["defaultValue"]);

    private ArmTemplate StorageModule() => bicep.Template.ModuleDeploying(StorageAccounts);
}
