using System.Text.Json.Nodes;

namespace FollowUp.Infra.Tests.Support;

/// <summary>infra/main.parameters.json, the values azd substitutes from its environment.</summary>
internal static class AzdParameterFile
{
    public static JsonObject Parameters =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("infra", "main.parameters.json")))!["parameters"]!.AsObject();

    public static string? ValueOf(string parameter) => (string?)Parameters[parameter]?["value"];
}
