using YamlDotNet.RepresentationModel;

namespace FollowUp.Infra.Tests.Support;

/// <summary>A GitHub Actions workflow file under .github/workflows, read as YAML.</summary>
internal sealed class Workflow
{
    private Workflow(string fileName, YamlMappingNode root)
    {
        FileName = fileName;
        Root = root;
    }

    public string FileName { get; }

    public YamlMappingNode Root { get; }

    public static IEnumerable<string> FileNames =>
        Directory.EnumerateFiles(RepositoryRoot.Combine(".github", "workflows"), "*.yml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public YamlMappingNode Jobs => Mapping(Root, "jobs");

    /// <summary>Every step of every job.</summary>
    public IEnumerable<YamlMappingNode> Steps =>
        Jobs.Children.Values.OfType<YamlMappingNode>()
            .SelectMany(job => job.Children.TryGetValue("steps", out var steps) ? ((YamlSequenceNode)steps).Children.OfType<YamlMappingNode>() : []);

    public static Workflow Read(string fileName)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(RepositoryRoot.Combine(".github", "workflows", fileName)))
        {
            stream.Load(reader);
        }

        return new Workflow(fileName, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlMappingNode mapping
            ? mapping
            : throw new InvalidOperationException($"No mapping '{key}' in the workflow.");

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? (value as YamlScalarNode)?.Value : null;

    public static IReadOnlyList<string> Strings(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? "")]
            : [];
}
