using System.CommandLine;

namespace FollowUp.Bench.Tests;

/// <summary>Runs the real benchmark command tree in-process and captures what it prints.</summary>
internal static class BenchRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BenchCommandLine.Build(settings).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
