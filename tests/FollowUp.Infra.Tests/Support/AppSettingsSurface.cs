using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FollowUp.Infra.Tests.Support;

/// <summary>
/// The app settings a compiled function-app template writes. Settings Bicep could keep as an object
/// are read with their values; settings that only exist inside an ARM expression (optional ones,
/// generated list entries) are known by the quoted name in the expression text, without a value.
/// </summary>
internal sealed partial class AppSettingsSurface
{
    private AppSettingsSurface(IReadOnlyDictionary<string, string> literal, IReadOnlySet<string> names, string expressionText)
    {
        Literal = literal;
        Names = names;
        ExpressionText = expressionText;
    }

    /// <summary>Settings written as object properties, with their (possibly expression) values.</summary>
    public IReadOnlyDictionary<string, string> Literal { get; }

    /// <summary>Every setting name, literal or named in an expression (a generated list entry reads <c>__{0}__</c>).</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>The ARM expressions the settings are assembled from.</summary>
    public string ExpressionText { get; }

    public static AppSettingsSurface Read(ArmTemplate appModule)
    {
        var config = appModule.ResourcesOfType("Microsoft.Web/sites/config")
            .Single(resource => ((string?)resource["name"])?.Contains("appsettings", StringComparison.Ordinal) == true);

        var literal = new Dictionary<string, string>(StringComparer.Ordinal);
        var expressions = new List<string>();
        Collect(config["properties"], appModule, literal, expressions, []);

        var expressionText = string.Join(Environment.NewLine, expressions);
        var names = new HashSet<string>(literal.Keys, StringComparer.Ordinal);
        foreach (Match match in QuotedSettingName().Matches(expressionText))
        {
            names.Add(match.Groups["name"].Value);
        }

        return new AppSettingsSurface(literal, names, expressionText);
    }

    public string ValueOf(string name)
    {
        Assert.True(Literal.TryGetValue(name, out var value), $"The template does not write {name} as a plain setting.");
        return value!;
    }

    private static void Collect(JsonNode? node, ArmTemplate template, Dictionary<string, string> literal, List<string> expressions, HashSet<string> seen)
    {
        switch (node)
        {
            case JsonObject settings:
                foreach (var (name, value) in settings)
                {
                    literal[name] = value?.ToString() ?? "";
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var expression):
                expressions.Add(expression);
                foreach (Match match in VariableReference().Matches(expression))
                {
                    var variable = match.Groups["name"].Value;
                    if (seen.Add(variable))
                    {
                        Collect(template.Variables[variable], template, literal, expressions, seen);
                    }
                }

                break;
            default:
                throw new InvalidOperationException($"Unexpected app settings shape: {node?.ToJsonString() ?? "null"}");
        }
    }

    [GeneratedRegex(@"variables\('(?<name>[A-Za-z0-9_]+)'\)")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"'(?<name>[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9{}]+)+)'")]
    private static partial Regex QuotedSettingName();
}
