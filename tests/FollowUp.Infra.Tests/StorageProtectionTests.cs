using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>The account that holds the commitments and the send ledger survives a zone outage and a careless delete.</summary>
[Collection(SharedBicepBuild.Name)]
public sealed class StorageProtectionTests(BicepFixture bicep)
{
    private const string StorageAccounts = "Microsoft.Storage/storageAccounts";

    [Fact]
    public void AccountIsZoneRedundantUnlessTheParameterSaysOtherwise()
    {
        var account = StorageModule().SingleResourceOfType(StorageAccounts);

        Assert.Equal("[if(parameters('zoneRedundant'), 'Standard_ZRS', 'Standard_LRS')]", (string?)account["sku"]?["name"]);
        Assert.Equal("[parameters('zoneRedundantStorage')]", ModuleParameter("zoneRedundant"));
    }

    [Fact]
    public void ZoneRedundancyIsOnByDefault()
    {
        Assert.True((bool?)bicep.Template.Parameters["zoneRedundantStorage"]?["defaultValue"]);
        Assert.True((bool?)StorageModule().Parameters["zoneRedundant"]?["defaultValue"]);
    }

    [Fact]
    public void AccountCarriesACanNotDeleteLock()
    {
        var lockResource = StorageModule().SingleResourceOfType("Microsoft.Authorization/locks");

        Assert.Equal("CanNotDelete", (string?)lockResource["properties"]?["level"]);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", (string?)lockResource["scope"]);
    }

    [Fact]
    public void LockIsAParameterThatIsOnByDefault()
    {
        var lockResource = StorageModule().SingleResourceOfType("Microsoft.Authorization/locks");

        Assert.Equal("[parameters('lockAccount')]", (string?)lockResource["condition"]);
        Assert.Equal("[parameters('lockStorageAccount')]", ModuleParameter("lockAccount"));
        Assert.True((bool?)bicep.Template.Parameters["lockStorageAccount"]?["defaultValue"]);
        Assert.True((bool?)StorageModule().Parameters["lockAccount"]?["defaultValue"]);
    }

    [Theory]
    [InlineData("FOLLOWUP_ZONE_REDUNDANT_STORAGE", "zoneRedundantStorage")]
    [InlineData("FOLLOWUP_LOCK_STORAGE_ACCOUNT", "lockStorageAccount")]
    public void BothParameterFilesDefaultToProtected(string variable, string parameter)
    {
        Assert.Equal($"${{{variable}=true}}", AzdParameterFile.ValueOf(parameter));
        Assert.Contains($"param {parameter} = bool(readEnvironmentVariable('{variable}', 'true'))", File.ReadAllText(BicepFixture.MainBicepParam), StringComparison.Ordinal);
    }

    private ArmTemplate StorageModule() => bicep.Template.ModuleDeploying(StorageAccounts);

    private string? ModuleParameter(string name) =>
        (string?)bicep.Template.ModuleCallDeploying(StorageAccounts)["properties"]?["parameters"]?[name]?["value"];
}
