using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>infra/deployer.bicep: the deploy workflow's principal can deploy, but holds no right to read a secret.</summary>
[Collection(SharedBicepBuild.Name)]
public sealed partial class DeployerTests(BicepFixture bicep)
{
    private const string Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    private const string RoleBasedAccessControlAdministrator = "f58310d9-a9f6-439a-9e8d-f62e7b41a168";

    /// <summary>Built-in roles that read secrets or can grant any role (and so any secret).</summary>
    private static readonly string[] SecretReaders =
    [
        "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", // Owner
        "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", // User Access Administrator
        "00482a5a-887f-4fb3-b363-3b7fe8e74483", // Key Vault Administrator
        "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", // Key Vault Secrets Officer
        "4633458b-17de-408a-b874-0445c86b69e6", // Key Vault Secrets User
        "8b54135c-b56d-4d72-a534-26097cfdc8d8", // Key Vault Data Access Administrator
    ];

    [Fact]
    public void DeployerBicepBuildsAndLintsClean()
    {
        Assert.True(bicep.BuildDeployer.IsClean, bicep.BuildDeployer.Describe());
        Assert.True(bicep.LintDeployer.IsClean, bicep.LintDeployer.Describe());
    }

    [Fact]
    public void DeployerGetsContributorConditionedRoleAdministrationAndTheLockWriterOnly()
    {
        var roles = Assignments().Select(RoleOf).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { Contributor, RoleBasedAccessControlAdministrator, "lockWriter" }.Order(StringComparer.Ordinal), roles);
        Assert.All(Assignments(), assignment => Assert.Equal("[parameters('deployerPrincipalId')]", (string?)assignment["properties"]?["principalId"]));
    }

    [Fact]
    public void DeployerIsGrantedNoRoleThatReadsSecrets() =>
        Assert.DoesNotContain(Assignments().Select(RoleOf), SecretReaders.Contains);

    [Fact]
    public void RoleAdministrationIsConditioned()
    {
        var administrator = Assert.Single(Assignments(), assignment => RoleOf(assignment) == RoleBasedAccessControlAdministrator);

        Assert.Equal("2.0", (string?)administrator["properties"]?["conditionVersion"]);
        Assert.Equal("[variables('delegationCondition')]", (string?)administrator["properties"]?["condition"]);
    }

    [Fact]
    public void ConditionAllowsOnlyTheAppsRoles() =>
        Assert.Equal(
            RoleAssignmentTests.AppRoles.Order(StringComparer.Ordinal),
            bicep.Deployer.Variables["appRoles"]!.AsArray().Select(role => (string)role!).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {0}")]
    [InlineData("@Request[Microsoft.Authorization/roleAssignments:PrincipalId] ForAnyOfAnyValues:GuidEquals {{{1}}}")]
    [InlineData("@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {2}")]
    [InlineData("@Resource[Microsoft.Authorization/roleAssignments:PrincipalId] ForAnyOfAnyValues:GuidEquals {{{3}}}")]
    public void ConditionChecksRoleAndPrincipalOfEveryWriteAndDelete(string clause)
    {
        var condition = (string)bicep.Deployer.Variables["delegationCondition"]!;

        Assert.Contains(clause, condition, StringComparison.Ordinal);
        Assert.EndsWith("variables('appRoleSet'), parameters('appPrincipalId'), variables('appRoleSet'), parameters('appPrincipalId'))]", condition, StringComparison.Ordinal);
    }

    [Fact]
    public void LockWriterMayWriteLocksButNotDeleteThem()
    {
        var role = bicep.Deployer.SingleResourceOfType("Microsoft.Authorization/roleDefinitions");
        var permission = Assert.Single(role["properties"]!["permissions"]!.AsArray())!;

        Assert.Equal("Microsoft.Authorization/locks/write", (string?)Assert.Single(permission["actions"]!.AsArray()));
        Assert.Empty(permission["dataActions"]?.AsArray() ?? []);
        Assert.Equal("[resourceGroup().id]", (string?)Assert.Single(role["properties"]!["assignableScopes"]!.AsArray()));
    }

    private IEnumerable<JsonObject> Assignments() => bicep.Deployer.ResourcesOfType("Microsoft.Authorization/roleAssignments");

    /// <summary>The built-in role GUID an assignment names through a variable, or "lockWriter" for the custom role.</summary>
    private string RoleOf(JsonObject assignment)
    {
        var id = (string?)assignment["properties"]?["roleDefinitionId"] ?? "";
        if (id.Contains("'Microsoft.Authorization/roleDefinitions', guid(", StringComparison.Ordinal))
        {
            return "lockWriter";
        }

        var variable = BuiltInRole().Match(id);
        Assert.True(variable.Success, $"Unexpected roleDefinitionId: {id}");
        return (string?)bicep.Deployer.Variables[variable.Groups["name"].Value] ?? "";
    }

    [GeneratedRegex(@"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', variables\('(?<name>[A-Za-z]+)'\)\)\]$")]
    private static partial Regex BuiltInRole();
}
