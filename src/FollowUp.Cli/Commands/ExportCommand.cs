using System.CommandLine;
using System.Globalization;
using FollowUp.Core.Backup;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

public static class ExportCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var output = new Option<FileInfo?>("--output")
        {
            Description = "Write the export to this local file (which must not exist) instead of the backup container.",
        };
        var command = new Command(
            "export",
            "Export every FollowUp table (all tables of the prefix) as gzip JSON lines to the backup container, as the daily backup does.")
        {
            output,
        };

        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (stdout, error) =>
        {
            using var host = hosts.Create(parseResult);
            var export = host.Services.GetRequiredService<TableExport>();
            var outcome = parseResult.GetValue(output) is { } file
                ? await export.ToFileAsync(file.FullName, cancellationToken).ConfigureAwait(false)
                : await export.ToContainerAsync(cancellationToken).ConfigureAwait(false);

            switch (outcome)
            {
                case ExportOutcome.Written written:
                    await stdout.WriteLineAsync(Invariant(
                        $"Exported {written.Manifest.TotalRows} rows of {written.Manifest.Rows.Count} tables ({written.Manifest.Prefix}*) to {written.Destination} ({written.Bytes} bytes).")).ConfigureAwait(false);
                    foreach (var (table, rows) in written.Manifest.Rows)
                    {
                        await stdout.WriteLineAsync(Invariant($"  {written.Manifest.Prefix}{table,-24} {rows,10} rows")).ConfigureAwait(false);
                    }

                    return 0;
                case ExportOutcome.AlreadyExists exists:
                    await error.WriteLineAsync($"{exists.Destination} already exists; it was left as it was and nothing was exported. Choose another --output, or run again in a second.").ConfigureAwait(false);
                    return CommandErrors.Failure;
                case ExportOutcome.StorageFailed failed:
                    await error.WriteLineAsync($"Nothing was exported: {failed.Reason}.").ConfigureAwait(false);
                    return CommandErrors.Failure;
                default:
                    throw new InvalidOperationException($"Unexpected export outcome {outcome.GetType().Name}.");
            }
        }));
        return command;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
