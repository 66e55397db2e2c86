using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

[Collection(SharedBicepBuild.Name)]
public sealed partial class RoleAssignmentTests(BicepFixture bicep)
{
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";
    private const string AppPrincipal = "[parameters('appPrincipalId')]";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    /// <summary>The app's identity's whole grant, by built-in role definition id.</summary>
    internal static readonly string[] AppRoles =
    [
        "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
        "19e7f393-937e-4f77-808e-94535e297925", // Storage Queue Data Reader, on the digest queue
        "8a0f0c08-91a1-4084-bc3d-661d67233fed", // Storage Queue Data Message Processor, on the digest queue
        "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", // Storage Queue Data Message Sender, on the digest queue and on its poison queue
        "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
        "3913510d-42f4-4e42-8a64-420c390055eb", // Monitoring Metrics Publisher
        "4633458b-17de-408a-b874-0445c86b69e6", // Key Vault Secrets User
        "ba92f5b4-2d11-453d-a403-e96b0029c9fe", // Storage Blob Data Contributor, on the backup container
        "acdd72a7-3385-48ef-bd42-f606fba81ae7", // Reader, on the table service (lists tables for the backup)
    ];

    [Fact]
    public void AppIdentityHasExactlyItsNineRoles()
    {
        var roles = RolesModule();

        var granted = roles.ResourcesOfType(RoleAssignments)
            .Where(assignment => (string?)assignment["properties"]?["principalId"] == AppPrincipal)
            .Select(assignment => RoleId(roles, assignment))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(AppRoles.Order(StringComparer.Ordinal), granted);
    }

    [Fact]
    public void EveryAssignmentIsNamedFromScopePrincipalAndRole()
    {
        var roles = RolesModule();

        foreach (var assignment in roles.ResourcesOfType(RoleAssignments))
        {
            var name = (string?)assignment["name"] ?? "";
            var principal = ((string?)assignment["properties"]?["principalId"] ?? "").Trim('[', ']');
            var role = RoleReference(assignment["properties"]?["roleDefinitionId"]);

            Assert.Matches(@"^\[guid\(resourceId\('[^']+', ", name);
            Assert.Contains($"{principal}, {role})]", name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OnlyOtherAssignmentIsTheOptionalOperatorSecretsOfficer()
    {
        var roles = RolesModule();

        var other = Assert.Single(roles.ResourcesOfType(RoleAssignments), assignment => (string?)assignment["properties"]?["principalId"] != AppPrincipal);

        Assert.Equal("[parameters('operatorPrincipalId')]", (string?)other["properties"]?["principalId"]);
        Assert.Equal(KeyVaultSecretsOfficer, RoleId(roles, other));
        Assert.Equal("[not(empty(parameters('operatorPrincipalId')))]", (string?)other["condition"]);
    }

    [Fact]
    public void TableRoleIsGrantedOnEachOfFollowUpsTablesAndNotOnTheAccount()
    {
        var roles = RolesModule();

        var tableRole = Assert.Single(roles.ResourcesOfType(RoleAssignments), assignment => RoleId(roles, assignment) == StorageTableDataContributor);

        Assert.Equal("[length(parameters('tableNames'))]", (string?)tableRole["copy"]?["count"]);
        Assert.Equal(
            "[resourceId('Microsoft.Storage/storageAccounts/tableServices/tables', parameters('storageAccountName'), 'default', parameters('tableNames')[copyIndex()])]",
            (string?)tableRole["scope"]);
    }

    [Fact]
    public void TablesGrantedAreTheTablesTheStorageModuleCreates()
    {
        var call = bicep.Template.ModuleCallDeploying(RoleAssignments);

        Assert.Equal("[reference('storage').outputs.tableNames.value]", (string?)call["properties"]?["parameters"]?["tableNames"]?["value"]);
    }

    [Fact]
    public void RoleAssignmentsAreMadeInOneModuleOnly()
    {
        var assigning = bicep.Template.SelfAndModules().Count(template => template.ResourcesOfType(RoleAssignments).Any());

        Assert.Equal(1, assigning);
    }

    private ArmTemplate RolesModule() => bicep.Template.ModuleDeploying(RoleAssignments);

    /// <summary>The role GUID an assignment's roleDefinitionId names, directly or through a variable.</summary>
    private static string RoleId(ArmTemplate template, JsonObject assignment)
    {
        var reference = RoleReference(assignment["properties"]?["roleDefinitionId"]);
        return VariableReference().Match(reference) is { Success: true } variable
            ? (string?)template.Variables[variable.Groups["name"].Value] ?? ""
            : reference.Trim('\'');
    }

    /// <summary>The role argument of <c>subscriptionResourceId('...roleDefinitions', role)</c>: a quoted GUID or a variable.</summary>
    private static string RoleReference(JsonNode? roleDefinitionId)
    {
        var match = RoleDefinitionId().Match((string?)roleDefinitionId ?? "");
        Assert.True(match.Success, $"Unexpected roleDefinitionId: {roleDefinitionId?.ToJsonString()}");
        return match.Groups["role"].Value;
    }

    [GeneratedRegex(@"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', (?<role>[^)]+\)?)\)\]$")]
    private static partial Regex RoleDefinitionId();

    [GeneratedRegex(@"^variables\('(?<name>[A-Za-z0-9_]+)'\)$")]
    private static partial Regex VariableReference();
}
