using System.Text.Json.Nodes;

namespace FollowUp.Infra.Tests.Support;

/// <summary>
/// Compiles and lints the infrastructure once for every test in the collection: main.bicep and
/// deployer.bicep to ARM JSON, and main.bicepparam (which needs the sender and alert addresses from
/// the environment, as an operator's shell would give them).
/// </summary>
public sealed class BicepFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string> OperatorEnvironment = new()
    {
        ["FOLLOWUP_EMAIL_FROM_ADDRESS"] = "reminders@example.org",
        ["FOLLOWUP_ALERT_EMAIL"] = "operators@example.org",
    };

    private DirectoryInfo? _output;
    private ArmTemplate? _template;
    private ArmTemplate? _deployer;

    internal BicepResult Build { get; private set; } = null!;

    internal BicepResult Lint { get; private set; } = null!;

    internal BicepResult BuildParams { get; private set; } = null!;

    internal BicepResult LintParams { get; private set; } = null!;

    internal BicepResult BuildDeployer { get; private set; } = null!;

    internal BicepResult LintDeployer { get; private set; } = null!;

    /// <summary>The compiled main.bicep; fails the test that asks when the build did not produce it.</summary>
    internal ArmTemplate Template => _template ?? throw new InvalidOperationException(Build.Describe());

    /// <summary>The compiled deployer.bicep (the pipeline principal's roles).</summary>
    internal ArmTemplate Deployer => _deployer ?? throw new InvalidOperationException(BuildDeployer.Describe());

    internal static string DeployerBicep => RepositoryRoot.Combine("infra", "deployer.bicep");

    internal static string MainBicep => RepositoryRoot.Combine("infra", "main.bicep");

    internal static string MainBicepParam => RepositoryRoot.Combine("infra", "main.bicepparam");

    public async Task InitializeAsync()
    {
        _output = Directory.CreateTempSubdirectory("followup-bicep-");
        var templatePath = Path.Combine(_output.FullName, "main.json");
        var deployerPath = Path.Combine(_output.FullName, "deployer.json");

        // Independent commands; running them together halves the wait on a two-core machine.
        var build = BicepCli.RunAsync(["build", MainBicep, "--outfile", templatePath]);
        var lint = BicepCli.RunAsync(["lint", MainBicep]);
        var buildParams = BicepCli.RunAsync(
            ["build-params", MainBicepParam, "--outfile", Path.Combine(_output.FullName, "main.parameters.json")],
            OperatorEnvironment);
        var lintParams = BicepCli.RunAsync(["lint", MainBicepParam], OperatorEnvironment);
        var buildDeployer = BicepCli.RunAsync(["build", DeployerBicep, "--outfile", deployerPath]);
        var lintDeployer = BicepCli.RunAsync(["lint", DeployerBicep]);

        Build = await build;
        Lint = await lint;
        BuildParams = await buildParams;
        LintParams = await lintParams;
        BuildDeployer = await buildDeployer;
        LintDeployer = await lintDeployer;

        _template = await ReadAsync(Build, templatePath);
        _deployer = await ReadAsync(BuildDeployer, deployerPath);
    }

    public Task DisposeAsync()
    {
        _output?.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private static async Task<ArmTemplate?> ReadAsync(BicepResult build, string path) =>
        build.ExitCode == 0 && File.Exists(path)
            ? new ArmTemplate(JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject())
            : null;
}
