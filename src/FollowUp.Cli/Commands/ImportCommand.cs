using System.CommandLine;
using FollowUp.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

public static class ImportCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var file = new Argument<FileInfo>("file") { Description = "A .json or .csv file of commitments." };
        var command = new Command(
            "import",
            "Validate a whole file of commitments, then create or update them. Nothing is written if any row is invalid.")
        {
            file,
        };

        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (!path.Exists)
            {
                await error.WriteLineAsync($"{path}: no such file").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            if (FormatOf(path) is not { } format)
            {
                await error.WriteLineAsync($"{path}: expected a .json or .csv file").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            IReadOnlyList<RawRow> rows;
            var stream = path.OpenRead();
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    rows = await CommitmentImporter.ReadAsync(stream, format, cancellationToken).ConfigureAwait(false);
                }
                catch (ImportFileException ex)
                {
                    await error.WriteLineAsync($"{path}: {ex.Message}; nothing was imported.").ConfigureAwait(false);
                    return CommandErrors.Failure;
                }
            }

            // Rows are checked before storage is even contacted, so a bad file fails fast and offline.
            var (_, problems) = CommitmentImporter.Interpret(rows);
            if (problems.Count > 0)
            {
                await WriteProblemsAsync(error, path, rows.Count, problems).ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            using var host = hosts.Create(parseResult);
            var report = await host.Services.GetRequiredService<CommitmentImporter>()
                .ImportAsync(rows, cancellationToken).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                await WriteProblemsAsync(error, path, rows.Count, report.Problems).ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            await output.WriteLineAsync(
                $"Imported {report.Imported.Count} commitments from {path}: {report.Count(ImportOutcome.Created)} created, " +
                $"{report.Count(ImportOutcome.Updated)} updated, {report.Count(ImportOutcome.Unchanged)} unchanged.").ConfigureAwait(false);
            foreach (var item in report.Imported)
            {
                await output.WriteLineAsync($"  {item.Outcome.ToString().ToLowerInvariant(),-9} {item.Id}").ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static CommitmentFileFormat? FormatOf(FileInfo file) => file.Extension.ToUpperInvariant() switch
    {
        ".JSON" => CommitmentFileFormat.Json,
        ".CSV" => CommitmentFileFormat.Csv,
        _ => null,
    };

    private static async Task WriteProblemsAsync(TextWriter error, FileInfo path, int rowCount, IReadOnlyList<RowProblem> problems)
    {
        await error.WriteLineAsync(
            $"{path}: {problems.Count} of {rowCount} rows are invalid; nothing was imported.").ConfigureAwait(false);
        foreach (var problem in problems)
        {
            var id = problem.Id is null ? "" : $" (id '{problem.Id}')";
            foreach (var e in problem.Errors)
            {
                await error.WriteLineAsync($"  {problem.Location}{id}: {e.Field}: {e.Message}").ConfigureAwait(false);
            }
        }
    }
}
