using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

[Collection(SharedBicepBuild.Name)]
public sealed class SecretsTests(BicepFixture bicep)
{
    private const string KeyVaultReference = "@Microsoft.KeyVault(SecretUri=";

    [Theory]
    [InlineData("enableRbacAuthorization")]
    [InlineData("enableSoftDelete")]
    [InlineData("enablePurgeProtection")]
    public void KeyVaultProtectsItsSecrets(string property)
    {
        var vault = bicep.Template.ModuleDeploying("Microsoft.KeyVault/vaults").SingleResourceOfType("Microsoft.KeyVault/vaults");

        Assert.True((bool?)vault["properties"]?[property], $"The vault must set {property}.");
    }

    [Theory]
    [InlineData("FollowUp__Email__SendGridApiKey")]
    [InlineData("FollowUp__Links__SigningKeys__0__Secret")]
    public void SecretSettingIsAKeyVaultReference(string setting) =>
        Assert.StartsWith($"[format('{KeyVaultReference}{{0}}secrets/{{1}})'", AppSettings().ValueOf(setting), StringComparison.Ordinal);

    [Fact]
    public void PreviousSigningKeyIsAKeyVaultReference() =>
        Assert.Contains(
            $"'FollowUp__Links__SigningKeys__1__Secret', format('{KeyVaultReference}",
            AppSettings().ExpressionText,
            StringComparison.Ordinal);

    [Fact]
    public void NoPlainSettingLooksLikeAnInlineSecret()
    {
        var inline = AppSettings().Literal
            .Where(setting => setting.Key.EndsWith("Secret", StringComparison.Ordinal)
                || setting.Key.EndsWith("ApiKey", StringComparison.Ordinal)
                || setting.Key.EndsWith("Password", StringComparison.Ordinal))
            .Where(setting => !setting.Value.Contains(KeyVaultReference, StringComparison.Ordinal))
            .Select(setting => setting.Key)
            .ToList();

        Assert.Empty(inline);
    }

    [Theory]
    [InlineData("AccountKey")]
    [InlineData("listKeys(")]
    [InlineData("FollowUp__Storage__ConnectionString")]
    [InlineData("'AzureWebJobsStorage'")]
    [InlineData("\"AzureWebJobsStorage\"")]
    public void NoKeyBasedConnectionStringAppearsAnywhere(string text) =>
        Assert.DoesNotContain(text, bicep.Template.Text, StringComparison.Ordinal);

    private AppSettingsSurface AppSettings() => AppSettingsSurface.Read(bicep.Template.ModuleDeploying("Microsoft.Web/sites"));
}
