using System.Text.Json.Nodes;

namespace FollowUp.Infra.Tests.Support;

/// <summary>
/// A compiled ARM template (or a module's nested template) read as JSON. Bicep emits symbolic-name
/// templates (resources as an object) when it uses newer language features and plain arrays otherwise;
/// both are read. Modules are found by what they deploy, not by their symbolic names.
/// </summary>
internal sealed class ArmTemplate(JsonObject root)
{
    public const string DeploymentType = "Microsoft.Resources/deployments";

    public JsonObject Root => root;

    public string Text => root.ToJsonString();

    /// <summary>The resources this template deploys; <c>existing</c> references are not among them.</summary>
    public IEnumerable<JsonObject> Resources => AllResources.Where(resource => resource["existing"]?.GetValue<bool>() != true);

    private IEnumerable<JsonObject> AllResources => root["resources"] switch
    {
        JsonObject byName => byName.Select(entry => entry.Value!.AsObject()),
        JsonArray list => list.Select(resource => resource!.AsObject()),
        _ => [],
    };

    public IEnumerable<ArmTemplate> Modules =>
        ResourcesOfType(DeploymentType).Select(module => new ArmTemplate(module["properties"]!["template"]!.AsObject()));

    public JsonObject Parameters => root["parameters"]?.AsObject() ?? [];

    public JsonObject Outputs => root["outputs"]?.AsObject() ?? [];

    public JsonObject Variables => root["variables"]?.AsObject() ?? [];

    public IEnumerable<JsonObject> ResourcesOfType(string type) =>
        Resources.Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject SingleResourceOfType(string type)
    {
        var matches = ResourcesOfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type} in the template, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The one module whose template deploys a resource of the given type.</summary>
    public ArmTemplate ModuleDeploying(string type)
    {
        var matches = Modules.Where(module => module.ResourcesOfType(type).Any()).ToList();
        Assert.True(matches.Count == 1, $"Expected one module deploying {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The module call (the deployments resource in this template) whose template deploys the given type.</summary>
    public JsonObject ModuleCallDeploying(string type)
    {
        var matches = ResourcesOfType(DeploymentType)
            .Where(call => new ArmTemplate(call["properties"]!["template"]!.AsObject()).ResourcesOfType(type).Any())
            .ToList();
        Assert.True(matches.Count == 1, $"Expected one module call deploying {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>A value as written, or the variable it names when it is exactly <c>[variables('name')]</c>.</summary>
    public JsonNode? Resolve(JsonNode? value) =>
        value is JsonValue text && text.TryGetValue<string>(out var expression)
            && expression.StartsWith("[variables('", StringComparison.Ordinal) && expression.EndsWith("')]", StringComparison.Ordinal)
            ? Variables[expression["[variables('".Length..^"')]".Length]]
            : value;

    /// <summary>This template and every module under it.</summary>
    public IEnumerable<ArmTemplate> SelfAndModules() => Modules.SelectMany(module => module.SelfAndModules()).Prepend(this);
}
