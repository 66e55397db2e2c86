using System.Text.Json.Nodes;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

[Collection(SharedBicepBuild.Name)]
public sealed class BicepCompilationTests(BicepFixture bicep)
{
    [Fact]
    public void MainBicepBuildsWithoutDiagnostics() => Assert.True(bicep.Build.IsClean, bicep.Build.Describe());

    [Fact]
    public void MainBicepLintsWithoutWarnings() => Assert.True(bicep.Lint.IsClean, bicep.Lint.Describe());

    [Fact]
    public void ParameterFileBuildsWithoutDiagnostics() => Assert.True(bicep.BuildParams.IsClean, bicep.BuildParams.Describe());

    [Fact]
    public void ParameterFileLintsWithoutWarnings() => Assert.True(bicep.LintParams.IsClean, bicep.LintParams.Describe());

    [Fact]
    public void EveryParameterAndOutputOfEveryModuleIsDescribed()
    {
        var undescribed = bicep.Template.SelfAndModules()
            .SelectMany(template => template.Parameters.Concat(template.Outputs))
            .Where(entry => string.IsNullOrWhiteSpace((string?)entry.Value?["metadata"]?["description"]))
            .Select(entry => entry.Key)
            .ToList();

        Assert.Empty(undescribed);
    }

    [Fact]
    public void AzdParameterFileNamesOnlyParametersOfMainBicep()
    {
        var declared = bicep.Template.Parameters.Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);

        var unknown = AzdParameters().Where(name => !declared.Contains(name)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void AzdParameterFileGivesEveryRequiredParameter()
    {
        var given = AzdParameters().ToHashSet(StringComparer.Ordinal);

        var missing = bicep.Template.Parameters
            .Where(entry => entry.Value?["defaultValue"] is null && !given.Contains(entry.Key))
            .Select(entry => entry.Key)
            .ToList();

        Assert.Empty(missing);
    }

    private static IEnumerable<string> AzdParameters()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("infra", "main.parameters.json")))!;
        return file["parameters"]!.AsObject().Select(entry => entry.Key);
    }
}
