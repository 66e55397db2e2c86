using System.CommandLine;
using FollowUp.Cli.Output;
using FollowUp.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

public static class ImportCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var file = new Argument<FileInfo>("file") { Description = "A .json or .csv file of commitments." };
        var overwrite = new Option<bool>(ImportReportText.OverwriteOption)
        {
            Description = "Let the file's status and progress replace what owners reported since the secretariat last set them " +
                "(by default their reports stand). Each change is recorded in the commitment's history.",
        };
        var command = new Command(
            "import",
            "Validate a whole file of commitments, then create or update them. Nothing is written if any row is invalid. " +
            $"Status and progress that owners reported since the last import are kept unless {ImportReportText.OverwriteOption} is given.")
        {
            file,
            overwrite,
        };

        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (Directory.Exists(path.FullName))
            {
                await error.WriteLineAsync($"{path}: is a folder; name a .json or .csv file").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

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
            try
            {
                var stream = path.OpenRead();
                await using (stream.ConfigureAwait(false))
                {
                    rows = await CommitmentImporter.ReadAsync(stream, format, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (ImportFileException ex)
            {
                await error.WriteLineAsync($"{path}: {ex.Message}; nothing was imported.").ConfigureAwait(false);
                return CommandErrors.Failure;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{path}: cannot be read ({ex.Message}); nothing was imported.").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            // Rows are checked before storage is even contacted, so a bad file fails fast and offline.
            var (_, problems) = CommitmentImporter.Interpret(rows);
            if (problems.Count > 0)
            {
                await WriteProblemsAsync(error, path, rows.Count, problems).ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            using var host = hosts.Create(parseResult);
            var reported = parseResult.GetValue(overwrite) ? ReportedValues.Overwrite : ReportedValues.Keep;
            var report = await host.Services.GetRequiredService<CommitmentImporter>()
                .ImportAsync(rows, reported, cancellationToken).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                await WriteProblemsAsync(error, path, rows.Count, report.Problems).ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            await ImportReportText.WriteAsync(output, path, report).ConfigureAwait(false);
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
