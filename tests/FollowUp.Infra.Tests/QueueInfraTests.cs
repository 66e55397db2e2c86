using System.Globalization;
using System.Text.Json.Nodes;
using FollowUp.Core.Queues;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

/// <summary>Digest delivery and shard planning in Azure: their queues, roles on them alone, the triggers' keyless connection, and host.json's bounds.</summary>
[Collection(SharedBicepBuild.Name)]
public sealed class QueueInfraTests(BicepFixture bicep)
{
    private const string Queues = "Microsoft.Storage/storageAccounts/queueServices/queues";
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";

    private static readonly string[] QueueRoles =
    [
        "19e7f393-937e-4f77-808e-94535e297925", // Storage Queue Data Reader
        "8a0f0c08-91a1-4084-bc3d-661d67233fed", // Storage Queue Data Message Processor
        "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", // Storage Queue Data Message Sender
        "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
    ];

    [Fact]
    public void StorageCreatesTheDigestAndShardQueuesAndTheirPoisonQueues()
    {
        var storage = bicep.Template.ModuleDeploying(Queues);
        var names = storage.Variables["queueNames"]!.AsArray().Select(name => (string?)name).ToList();

        Assert.Equal(
            [
                "[parameters('digestQueueName')]", "[format('{0}-poison', parameters('digestQueueName'))]",
                "[parameters('shardQueueName')]", "[format('{0}-poison', parameters('shardQueueName'))]",
            ],
            names);
        Assert.Contains("variables('queueNames')[copyIndex()]", (string?)storage.SingleResourceOfType(Queues)["name"], StringComparison.Ordinal);
    }

    [Fact]
    public void DeployedQueueIsTheAppsDefaultQueue() =>
        Assert.Equal(new QueuesOptions().DigestQueue, (string?)bicep.Template.Variables["digestQueueName"]);

    [Fact]
    public void DeployedShardQueueIsTheAppsDefaultShardQueue() =>
        Assert.Equal(new QueuesOptions().ShardQueue, (string?)bicep.Template.Variables["shardQueueName"]);

    [Fact]
    public void ShardsDefaultToTheFullReadAndAreBoundedAsTheAppBoundsThem()
    {
        var shards = bicep.Template.Parameters["scanShards"]!;

        Assert.Equal((0, 0, 64), ((int?)shards["defaultValue"], (int?)shards["minValue"], (int?)shards["maxValue"]));
        Assert.Equal(new QueuesOptions().Shards, (int?)shards["defaultValue"]);
    }

    [Fact]
    public void EveryQueueRoleIsGrantedOnOneOfTheFourQueuesAndNoneOnTheAccount()
    {
        var roles = bicep.Template.ModuleDeploying(RoleAssignments);

        var queueGrants = roles.ResourcesOfType(RoleAssignments).Where(a => QueueRoles.Any(role => RoleText(a).Contains(role, StringComparison.Ordinal) || RoleText(a).Contains(VariableFor(roles, role), StringComparison.Ordinal))).ToList();

        Assert.Equal(8, queueGrants.Count);
        Assert.All(queueGrants, grant => Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts/queueServices/queues'", (string?)grant["scope"], StringComparison.Ordinal));
        Assert.Single(queueGrants, grant => ((string?)grant["scope"])!.Contains("poisonQueueName", StringComparison.Ordinal));
        Assert.Single(queueGrants, grant => ((string?)grant["scope"])!.Contains("shardPoisonQueueName", StringComparison.Ordinal));
        Assert.Equal(3, queueGrants.Count(grant => ((string?)grant["scope"])!.Contains("parameters('shardQueueName')", StringComparison.Ordinal)));
    }

    [Fact]
    public void ShardPoisonQueueGrantsOnlyAddingAMessage()
    {
        var roles = bicep.Template.ModuleDeploying(RoleAssignments);

        var poison = Assert.Single(roles.ResourcesOfType(RoleAssignments), grant => ((string?)grant["scope"])?.Contains("shardPoisonQueueName", StringComparison.Ordinal) == true);

        Assert.Contains("storageQueueDataMessageSender", RoleText(poison), StringComparison.Ordinal);
    }

    [Fact]
    public void PoisonQueueGrantsOnlyAddingAMessage()
    {
        var roles = bicep.Template.ModuleDeploying(RoleAssignments);

        var poison = Assert.Single(roles.ResourcesOfType(RoleAssignments), grant => ((string?)grant["scope"])?.Contains("poisonQueueName", StringComparison.Ordinal) == true);

        Assert.Contains("storageQueueDataMessageSender", RoleText(poison), StringComparison.Ordinal);
    }

    [Fact]
    public void RolesModuleIsGivenTheQueuesTheStorageModuleCreates()
    {
        var call = bicep.Template.ModuleCallDeploying(RoleAssignments);

        Assert.Equal("[reference('storage').outputs.digestQueueName.value]", (string?)call["properties"]?["parameters"]?["digestQueueName"]?["value"]);
        Assert.Equal("[reference('storage').outputs.poisonQueueName.value]", (string?)call["properties"]?["parameters"]?["poisonQueueName"]?["value"]);
        Assert.Equal("[reference('storage').outputs.shardQueueName.value]", (string?)call["properties"]?["parameters"]?["shardQueueName"]?["value"]);
        Assert.Equal("[reference('storage').outputs.shardPoisonQueueName.value]", (string?)call["properties"]?["parameters"]?["shardPoisonQueueName"]?["value"]);
    }

    [Theory]
    [InlineData("FollowUpQueues__credential", "managedidentity")]
    [InlineData("FollowUpQueues__clientId", "[parameters('identityClientId')]")]
    [InlineData("FollowUpQueues__queueServiceUri", "[parameters('queueEndpoint')]")]
    [InlineData("FollowUp__Storage__QueueServiceUri", "[parameters('queueEndpoint')]")]
    [InlineData("FollowUp__Queues__DigestQueue", "[parameters('digestQueueName')]")]
    [InlineData("FollowUp__Queues__ShardQueue", "[parameters('shardQueueName')]")]
    [InlineData("FollowUp__Queues__Shards", "[string(parameters('scanShards'))]")]
    public void QueuesAreReachedWithTheIdentity(string setting, string expected) =>
        Assert.Equal(expected, AppSettings().ValueOf(setting));

    [Fact]
    public void TriggerConnectionHasNoConnectionString() =>
        Assert.DoesNotContain(AppSettings().Names, name => name is "FollowUpQueues" or "FollowUpQueues__connectionString");

    [Theory]
    [InlineData("DigestDeliveryFunction.cs", "%FollowUp:Queues:DigestQueue%")]
    [InlineData("ShardPlanningFunction.cs", "%FollowUp:Queues:ShardQueue%")]
    public void TriggerReadsTheConnectionTheSettingsName(string file, string queue)
    {
        var function = File.ReadAllText(RepositoryRoot.Combine("src", "FollowUp.Functions", "Queues", file));

        Assert.Contains("Connection = \"FollowUpQueues\"", function, StringComparison.Ordinal);
        Assert.Contains(queue, function, StringComparison.Ordinal);
    }

    [Fact]
    public void HostJsonPoisonsAfterFiveAttempts() =>
        Assert.Equal(5, (int?)HostQueues()["maxDequeueCount"]);

    [Fact]
    public void ArchitectureStatesTheCrashBoundHostJsonAndTheInstanceCapGive()
    {
        var queues = HostQueues();
        var perInstance = (int)queues["batchSize"]! + (int)queues["newBatchThreshold"]!;
        var instances = (int)bicep.Template.Parameters["maximumInstanceCount"]!["defaultValue"]!;
        var architecture = File.ReadAllText(RepositoryRoot.Combine("docs", "architecture.md"));

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"({queues["batchSize"]} + {queues["newBatchThreshold"]} = {perInstance})"), architecture, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"at most {perInstance * instances} claims"), architecture, StringComparison.Ordinal);
    }

    private static JsonObject HostQueues() =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("src", "FollowUp.Functions", "host.json")))!["extensions"]!["queues"]!.AsObject();

    private static string RoleText(JsonObject assignment) => (string?)assignment["properties"]?["roleDefinitionId"] ?? "";

    /// <summary>The <c>variables('…')</c> reference of the variable holding a role id, or the id itself when none does.</summary>
    private static string VariableFor(ArmTemplate template, string role) =>
        template.Variables.FirstOrDefault(v => (string?)v.Value == role) is { Key: { } name } ? $"variables('{name}')" : role;

    private AppSettingsSurface AppSettings() => AppSettingsSurface.Read(bicep.Template.ModuleDeploying("Microsoft.Web/sites"));
}
