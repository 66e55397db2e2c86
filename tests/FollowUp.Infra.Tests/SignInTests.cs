using System.Text.Json.Nodes;
using FollowUp.Core.Links;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>
/// App Service Authentication with Microsoft Entra ID in front of the app (issue 13, item 8): a
/// sign-in for everything but the routes that authenticate by signature, and the app told to trust
/// the principal header the platform sets.
/// </summary>
[Collection(SharedBicepBuild.Name)]
public sealed class SignInTests(BicepFixture bicep)
{
    private const string Config = "Microsoft.Web/sites/config";

    [Fact]
    public void AuthenticationIsOnAndRequiredForEveryRouteNotExcluded()
    {
        var properties = Auth()["properties"]!;

        Assert.True((bool?)properties["platform"]?["enabled"]);
        Assert.True((bool?)properties["globalValidation"]?["requireAuthentication"]);
    }

    [Fact]
    public void EntraIdIsTheProviderWithTheClientIdParameter()
    {
        var registration = Auth()["properties"]!["identityProviders"]!["azureActiveDirectory"]!["registration"]!;

        Assert.Equal("[parameters('clientId')]", (string?)registration["clientId"]);
        Assert.Contains("parameters('tenantId')", (string?)registration["openIdIssuer"], StringComparison.Ordinal);
    }

    [Fact]
    public void BrowsersAreSentToSignInAndNobodyGetsInWithoutARegistration() =>
        Assert.Equal(
            "[if(variables('signInEnabled'), 'RedirectToLoginPage', 'Return401')]",
            (string?)Auth()["properties"]!["globalValidation"]!["unauthenticatedClientAction"]);

    [Theory]
    [InlineData(LinkRoutes.Progress)]
    [InlineData(LinkRoutes.FreshLink)]
    [InlineData("sendgrid/events")]
    public void RouteThatAuthenticatesBySignatureIsExcluded(string route)
    {
        var path = $"/{LinkRoutes.RoutePrefix}/{route.Replace("{" + LinkRoutes.IdParameter + "}", "pta-implementation-plan", StringComparison.Ordinal)}";

        Assert.Contains(ExcludedPaths(), excluded => Matches(excluded, path));
    }

    [Theory]
    [InlineData("/api/secretariat")]
    [InlineData("/api/secretariat/commitments")]
    [InlineData("/api/secretariat/commitments/pta-implementation-plan")]
    [InlineData("/")]
    public void WorkspaceAndEverythingElseIsNotExcluded(string path) =>
        Assert.DoesNotContain(ExcludedPaths(), excluded => Matches(excluded, path));

    [Fact]
    public void MainPassesTheSignInParametersToTheModule()
    {
        var call = Assert.Single(bicep.Template.ResourcesOfType(ArmTemplate.DeploymentType), c => (string?)c["name"] == "signin");
        var parameters = call["properties"]!["parameters"]!;

        Assert.Equal("[parameters('signInClientId')]", (string?)parameters["clientId"]?["value"]);
        Assert.Equal("[parameters('signInTenantId')]", (string?)parameters["tenantId"]?["value"]);
    }

    [Fact]
    public void AppTrustsThePrincipalHeaderInAzure() =>
        Assert.Equal("true", AppSettingsSurface.Read(bicep.Template.ModuleDeploying("Microsoft.Web/sites")).ValueOf("FollowUp__Secretariat__TrustEasyAuthHeaders"));

    private JsonObject Auth() =>
        Assert.Single(bicep.Template.SelfAndModules().SelectMany(t => t.ResourcesOfType(Config)), r => ((string?)r["name"])?.Contains("'authsettingsV2'", StringComparison.Ordinal) == true);

    private List<string> ExcludedPaths()
    {
        var module = bicep.Template.SelfAndModules().Single(t => t.ResourcesOfType(Config).Contains(Auth()));
        var paths = module.Resolve(Auth()["properties"]!["globalValidation"]!["excludedPaths"])!.AsArray();
        return [.. paths.Select(p => (string)p!)];
    }

    /// <summary>An excluded path is the path itself, or a prefix when it ends in <c>/*</c>.</summary>
    private static bool Matches(string excluded, string path) =>
        excluded.EndsWith("/*", StringComparison.Ordinal)
            ? path.StartsWith(excluded[..^1], StringComparison.Ordinal)
            : string.Equals(excluded, path, StringComparison.Ordinal);
}
