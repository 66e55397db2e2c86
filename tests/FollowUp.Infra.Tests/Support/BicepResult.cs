namespace FollowUp.Infra.Tests.Support;

/// <summary>What one Bicep command did: its exit code and everything it printed (diagnostics go to stderr).</summary>
internal sealed record BicepResult(string Command, int ExitCode, string Output)
{
    public bool IsClean => ExitCode == 0 && string.IsNullOrWhiteSpace(Output);

    public string Describe() =>
        $"`bicep {Command}` exited with {ExitCode} and printed:{Environment.NewLine}{(string.IsNullOrWhiteSpace(Output) ? "(nothing)" : Output)}";
}
