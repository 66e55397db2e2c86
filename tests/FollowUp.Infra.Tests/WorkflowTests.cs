using System.Text.RegularExpressions;
using FollowUp.Infra.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace FollowUp.Infra.Tests;

/// <summary>Deployment runs only on a commit ci passed, signs in with OIDC, and runs no action that could change under it.</summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> WorkflowFiles => [.. Workflow.FileNames];

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void EveryActionIsPinnedToAFullCommitSha(string fileName)
    {
        var uses = Workflow.Read(fileName).Steps.Select(step => Workflow.Scalar(step, "uses")).OfType<string>().ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, action => Assert.Matches(PinnedAction(), action));
    }

    [Fact]
    public void CiIsNamedAsTheDeployWorkflowExpects()
    {
        var listened = Workflow.Strings(Workflow.Mapping(Trigger(Deploy()), "workflow_run"), "workflows");

        Assert.Equal(["ci"], listened);
        Assert.Equal("ci", Workflow.Scalar(Workflow.Read("ci.yml").Root, "name"));
    }

    [Fact]
    public void DeployStartsOnlyWhenACiRunOnMainCompletes()
    {
        var trigger = Trigger(Deploy());
        var run = Workflow.Mapping(trigger, "workflow_run");

        Assert.Equal(["workflow_run"], trigger.Children.Keys.Select(key => ((YamlScalarNode)key).Value));
        Assert.Equal(["completed"], Workflow.Strings(run, "types"));
        Assert.Equal(["main"], Workflow.Strings(run, "branches"));
    }

    [Theory]
    [InlineData("github.event.workflow_run.conclusion == 'success'")]
    [InlineData("github.event.workflow_run.head_branch == 'main'")]
    [InlineData("contains(fromJSON('[\"push\", \"workflow_dispatch\"]'), github.event.workflow_run.event)")]
    [InlineData("github.event.workflow_run.head_repository.full_name == github.repository")]
    public void FirstJobRunsOnlyForASuccessfulCiRunOfThisRepositorysMain(string condition) =>
        Assert.Contains(condition, Workflow.Scalar(GateJob(), "if"), StringComparison.Ordinal);

    [Fact]
    public void DeployJobNeedsTheGateAndDeploysTheCommitCiTested()
    {
        var deploy = Workflow.Mapping(Deploy().Jobs, "deploy");
        var checkout = Assert.Single(DeploySteps(), step => Workflow.Scalar(step, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);

        Assert.Equal("tested-commit-is-current", Workflow.Scalar(deploy, "needs"));
        Assert.Equal("needs.tested-commit-is-current.outputs.current == 'true'", Workflow.Scalar(deploy, "if"));
        Assert.Equal("${{ github.event.workflow_run.head_sha }}", Workflow.Scalar(Workflow.Mapping(checkout, "with"), "ref"));
    }

    [Fact]
    public void GateComparesTheTestedCommitWithMainsTip()
    {
        var step = Assert.Single(((YamlSequenceNode)GateJob().Children["steps"]).Children.OfType<YamlMappingNode>());

        Assert.Equal("${{ github.event.workflow_run.head_sha }}", Workflow.Scalar(Workflow.Mapping(step, "env"), "TESTED_SHA"));
        Assert.Contains("commits/main", Workflow.Scalar(step, "run"), StringComparison.Ordinal);
        Assert.Contains("\"$tip\" = \"$TESTED_SHA\"", Workflow.Scalar(step, "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void DeploySignsInWithOpenIdConnectAndNoStoredCredential()
    {
        var login = Assert.Single(DeploySteps(), step => Workflow.Scalar(step, "uses")?.StartsWith("azure/login@", StringComparison.Ordinal) == true);
        var with = Workflow.Mapping(login, "with");

        Assert.Equal("write", Workflow.Scalar(Workflow.Mapping(Deploy().Root, "permissions"), "id-token"));
        Assert.Equal("${{ vars.AZURE_CLIENT_ID }}", Workflow.Scalar(with, "client-id"));
        Assert.False(with.Children.ContainsKey("creds"), "A stored credential defeats OIDC.");
        Assert.DoesNotContain("secrets.", File.ReadAllText(RepositoryRoot.Combine(".github", "workflows", "deploy.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FOLLOWUP_OPERATOR_PRINCIPAL_ID")]
    [InlineData("AZURE_PRINCIPAL_ID")]
    [InlineData("AZURE_PRINCIPAL_TYPE")]
    public void DeployNeverMakesItsOwnPrincipalTheSecretsOperator(string variable)
    {
        // Scripts and step environments only: the workflow's comments may name the variable.
        var scripts = DeploySteps().Select(step => Workflow.Scalar(step, "run") ?? "");
        var environments = DeploySteps().Where(step => step.Children.ContainsKey("env")).SelectMany(step => Workflow.Mapping(step, "env").Children.Keys);

        Assert.DoesNotContain(scripts, script => script.Contains(variable, StringComparison.Ordinal));
        Assert.DoesNotContain(environments, key => ((YamlScalarNode)key).Value == variable);
    }

    [Fact]
    public void AzdGrantsSecretsOfficerOnlyToAnOperatorNamedOnPurpose() =>
        // azd fills AZURE_PRINCIPAL_ID with whoever is signed in, the pipeline included.
        Assert.Equal("${FOLLOWUP_OPERATOR_PRINCIPAL_ID}", AzdParameterFile.ValueOf("operatorPrincipalId"));

    [Fact]
    public void DeployEndsWithAnAnonymousGetOfTheWorkspaceThatMustNotAnswer200()
    {
        var steps = DeploySteps().ToList();
        var deploy = steps.FindIndex(step => Workflow.Scalar(step, "run") == "azd deploy --no-prompt");
        var smoke = steps.FindIndex(step => Workflow.Scalar(step, "run")?.Contains("/api/secretariat", StringComparison.Ordinal) == true);

        Assert.True(deploy >= 0 && smoke > deploy, "The smoke test runs after the deployment.");
        var script = Workflow.Scalar(steps[smoke], "run")!;
        Assert.Contains("\"$status\" = \"200\"", script, StringComparison.Ordinal);
        Assert.Contains("exit 1", script, StringComparison.Ordinal);
        Assert.DoesNotContain("--location", script, StringComparison.Ordinal);
    }

    private static Workflow Deploy() => Workflow.Read("deploy.yml");

    private static YamlMappingNode Trigger(Workflow workflow) => Workflow.Mapping(workflow.Root, "on");

    private static YamlMappingNode GateJob() => Workflow.Mapping(Deploy().Jobs, "tested-commit-is-current");

    private static IEnumerable<YamlMappingNode> DeploySteps() =>
        ((YamlSequenceNode)Workflow.Mapping(Deploy().Jobs, "deploy").Children["steps"]).Children.OfType<YamlMappingNode>();

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();
}
