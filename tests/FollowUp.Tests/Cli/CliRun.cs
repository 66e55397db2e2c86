using System.CommandLine;
using FollowUp.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Cli;

/// <summary>Runs the real <c>followup</c> command tree in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args) =>
        RunAsync(settings, TimeProvider.System, args);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        IReadOnlyDictionary<string, string?> settings, TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await FollowUpCommandLine.Build(settings, services => services.AddSingleton(time)).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
