using System.CommandLine;
using System.Globalization;
using FollowUp.Core.Backup;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

public static class RestoreCommand
{
    public const string OverwriteFlag = "--overwrite";

    public static Command Create(CliHostFactory hosts)
    {
        var source = new Argument<string>("export")
        {
            Description = "A local export file, or the name of a blob in the backup container (as `followup export` prints it, after the container).",
        };
        var overwrite = new Option<bool>(OverwriteFlag)
        {
            Description = "Restore into tables that already hold rows: the export's rows replace rows with the same keys; other rows are kept.",
        };
        var command = new Command(
            "restore",
            "Check a whole export, then restore it table by table into the tables of the configured prefix. Tables must be empty unless --overwrite.")
        {
            source,
            overwrite,
        };

        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            using var host = hosts.Create(parseResult);
            var mode = parseResult.GetValue(overwrite) ? RestoreMode.Overwrite : RestoreMode.EmptyTablesOnly;
            var name = parseResult.GetRequiredValue(source);
            var outcome = await host.Services.GetRequiredService<TableRestore>().RestoreAsync(name, mode, cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case RestoreOutcome.Restored restored:
                    await output.WriteLineAsync(Invariant(
                        $"Restored {restored.Rows} rows into {restored.Tables.Count} tables from the export of {restored.Export.Prefix}* taken {restored.Export.StartedAt:yyyy-MM-ddTHH:mm:ssZ}.")).ConfigureAwait(false);
                    await WriteTablesAsync(output, restored.Tables).ConfigureAwait(false);

                    // The owner index is derived, and an export's tables are read one after another
                    // while the app writes, so the restored index may disagree with the restored
                    // commitments: rebuilt here, a sharded scan never meets the difference.
                    var index = await host.Services.GetRequiredService<OwnerIndexRebuild>().RunAsync(cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync(ReindexCommand.Describe(index)).ConfigureAwait(false);
                    return 0;
                case RestoreOutcome.NotFound missing:
                    await error.WriteLineAsync($"{name}: no such file, and no blob of that name in container {missing.Container}; nothing was restored.").ConfigureAwait(false);
                    break;
                case RestoreOutcome.Corrupt corrupt:
                    await error.WriteLineAsync($"{name}: {corrupt.Reason}; nothing was restored.").ConfigureAwait(false);
                    break;
                case RestoreOutcome.TargetsNotEmpty occupied:
                    await error.WriteLineAsync(
                        $"Nothing was restored: {string.Join(", ", occupied.Tables)} already hold rows. Restore into empty tables (delete them, or set another " +
                        $"FollowUp:Storage:TablePrefix), or pass {OverwriteFlag} to write the export's rows over theirs (rows not in the export are kept).").ConfigureAwait(false);
                    break;
                case RestoreOutcome.StorageFailed failed:
                    await error.WriteLineAsync($"Nothing was restored: {failed.Reason}.").ConfigureAwait(false);
                    break;
                case RestoreOutcome.Interrupted stopped:
                    await error.WriteLineAsync(Invariant(
                        $"The restore stopped: {stopped.Reason}. Table {stopped.Table} is partly restored ({stopped.RowsWritten} rows written).")).ConfigureAwait(false);
                    await WriteTablesAsync(error, stopped.Completed).ConfigureAwait(false);
                    if (stopped.NotStarted.Count > 0)
                    {
                        await error.WriteLineAsync($"  not restored: {string.Join(", ", stopped.NotStarted)}").ConfigureAwait(false);
                    }

                    await error.WriteLineAsync($"Run the restore again with {OverwriteFlag} once the cause is fixed: it rewrites every row of the export.").ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected restore outcome {outcome.GetType().Name}.");
            }

            return CommandErrors.Failure;
        }));
        return command;
    }

    private static async Task WriteTablesAsync(TextWriter writer, IReadOnlyList<RestoredTable> tables)
    {
        foreach (var table in tables)
        {
            await writer.WriteLineAsync(Invariant($"  restored {table.Table,-32} {table.Rows,10} rows")).ConfigureAwait(false);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
