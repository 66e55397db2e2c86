using System.CommandLine;
using System.Globalization;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

public static class ReindexCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var command = new Command(
            "reindex",
            "Rebuild the owner index ({prefix}OwnerIndex) from the open commitments: writes every row they need and removes stale ones. Safe to repeat, and beside a running app.");
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (stdout, _) =>
        {
            using var host = hosts.Create(parseResult);
            var report = await host.Services.GetRequiredService<OwnerIndexRebuild>().RunAsync(cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(Describe(report)).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    public static string Describe(OwnerIndexRebuildReport report) => string.Create(CultureInfo.InvariantCulture,
        $"Owner index rebuilt from {report.Commitments} open commitments: {report.Written} rows written, {report.Removed} stale rows removed.");
}
