using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FollowUp.Cli.Output;
using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

public static class ListCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var status = new Option<string>("--status")
        {
            Description = "open (not completed or cancelled), overdue (open and past due for an owner), or all.",
            DefaultValueFactory = _ => "open",
        };
        status.AcceptOnlyFromAmong("open", "overdue", "all");

        var format = new Option<string>("--format")
        {
            Description = "table for people; json or csv for scripts (csv is the import format).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");

        var command = new Command("list", "List commitments, ordered by id.") { status, format };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, _) =>
        {
            using var host = hosts.Create(parseResult);
            var store = host.Services.GetRequiredService<ICommitmentStore>();
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var which = parseResult.GetRequiredValue(status);

            var commitments = new List<Commitment>();
            await foreach (var c in store.QueryAsync(openOnly: which != "all", cancellationToken).ConfigureAwait(false))
            {
                if (which != "overdue" || CommitmentCalendar.IsOverdue(c, now))
                {
                    commitments.Add(c);
                }
            }

            switch (parseResult.GetRequiredValue(format))
            {
                case "json":
                    await output.WriteLineAsync(JsonSerializer.Serialize(commitments.Select(CommitmentJson.From), CommitmentJson.Options)).ConfigureAwait(false);
                    break;
                case "csv":
                    await CommitmentCsv.WriteAsync(output, commitments, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await WriteTableAsync(output, commitments).ConfigureAwait(false);
                    break;
            }

            return 0;
        }));
        return command;
    }

    private static async Task WriteTableAsync(TextWriter output, List<Commitment> commitments)
    {
        if (commitments.Count == 0)
        {
            await output.WriteLineAsync("No commitments.").ConfigureAwait(false);
            return;
        }

        string[] header = ["ID", "DUE", "STATUS", "PROGRESS", "OWNERS", "TITLE"];
        var rows = commitments.Select(c => new[]
        {
            c.Id,
            IsoDate.Format(c.DueDate),
            c.Status.ToString(),
            string.Create(CultureInfo.InvariantCulture, $"{c.Progress}%"),
            string.Join(" / ", c.Owners.Select(o => o.Ministry)),
            c.Title,
        }).ToList();

        var widths = header.Select((h, i) => Math.Min(48, Math.Max(h.Length, rows.Max(r => r[i].Length)))).ToArray();
        await output.WriteLineAsync(Line(header, widths)).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Line(row, widths)).ConfigureAwait(false);
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => i == cells.Length - 1 ? cell : Fit(cell, widths[i]).PadRight(widths[i]))).TrimEnd();

    private static string Fit(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
