using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FollowUp.Cli.Output;
using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

public static class ScanCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var asOf = new Option<DateTimeOffset?>("--as-of")
        {
            Description = "Scan as if it were this instant (ISO-8601, e.g. 2026-11-30T05:00:00Z). Default: now.",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
                {
                    return instant;
                }

                result.AddError($"--as-of: '{text}' is not an ISO-8601 instant such as 2026-11-30T05:00:00Z");
                return null;
            },
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Plan the digests only: write and send nothing." };
        var workers = new Option<int?>("--workers")
        {
            Description = "Deliver through the queue, as the Functions app does: plan, queue one message per digest, and drain it with this many in-process workers (1-64).",
        };
        workers.Validators.Add(result =>
        {
            if (result.GetValue(workers) is { } n && n is < 1 or > 64)
            {
                result.AddError($"--workers: {n} is not between 1 and 64");
            }
        });
        var shards = new Option<int?>("--shards")
        {
            Description = "Plan from the owner index in this many shards (1-64), read in parallel, instead of reading every open commitment. Run 'followup reindex' once first.",
        };
        shards.Validators.Add(result =>
        {
            if (result.GetValue(shards) is { } n && n is < 1 or > OwnerIndexKeys.Buckets)
            {
                result.AddError($"--shards: {n} is not between 1 and {OwnerIndexKeys.Buckets}");
            }
        });
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("scan", "Run the reminder scan once: send each owner one digest of what needs their attention.")
        {
            asOf,
            dryRun,
            workers,
            shards,
            format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, _) =>
        {
            using var host = hosts.Create(parseResult);
            // A dry run plans the same digests either way, and queues nothing.
            var shardCount = parseResult.GetValue(shards);
            var report = parseResult.GetValue(workers) is { } count && !parseResult.GetValue(dryRun)
                ? await host.Services.GetRequiredService<QueuedScan>().RunAsync(count, parseResult.GetValue(asOf), shardCount, cancellationToken).ConfigureAwait(false)
                : await host.Services.GetRequiredService<ReminderScan>()
                    .RunAsync(parseResult.GetValue(asOf), parseResult.GetValue(dryRun), shardCount, cancellationToken).ConfigureAwait(false);

            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ScanJson.From(report), CommitmentJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await ScanText.WriteAsync(output, report).ConfigureAwait(false);
            }

            // Scripts and schedulers need to notice a message that did not go out, one whose fate is
            // unknown, and an address the run had to pass over.
            return report.NeedsAttention ? CommandErrors.Failure : 0;
        }));
        return command;
    }
}
