using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FollowUp.Cli.Output;
using FollowUp.Core.Reminders;
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
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("scan", "Run the reminder scan once: send each owner one digest of what needs their attention.")
        {
            asOf,
            dryRun,
            format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, _) =>
        {
            using var host = hosts.Create(parseResult);
            var report = await host.Services.GetRequiredService<ReminderScan>()
                .RunAsync(parseResult.GetValue(asOf), parseResult.GetValue(dryRun), cancellationToken).ConfigureAwait(false);

            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ScanJson.From(report), CommitmentJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await WriteTextAsync(output, report).ConfigureAwait(false);
            }

            // Scripts and schedulers need to notice a digest that did not go out.
            return report.Failed > 0 ? CommandErrors.Failure : 0;
        }));
        return command;
    }

    private static async Task WriteTextAsync(TextWriter output, ScanReport report)
    {
        var mode = report.DryRun ? " (dry run: nothing written or sent)" : "";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Scan at {report.AsOf:yyyy-MM-ddTHH:mm:ssZ}{mode}: {report.Scanned} open commitments, {report.DueItems} nudges due, {report.Digests.Count} digests.")).ConfigureAwait(false);
        foreach (var outcome in report.Digests)
        {
            var cc = outcome.Digest.Cc.Count == 0 ? "" : $" (cc {string.Join(", ", outcome.Digest.Cc)})";
            await output.WriteLineAsync($"  {outcome.Delivery.ToString().ToLowerInvariant(),-8} {outcome.Digest.To}{cc}").ConfigureAwait(false);
            foreach (var item in outcome.Digest.Items)
            {
                var escalated = item.Escalated ? ", escalated" : "";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"           {ScanJson.StageName(item.Stage),-9} {item.Commitment.Id} ({item.StageDate:yyyy-MM-dd}{escalated})")).ConfigureAwait(false);
            }

            if (outcome.Error is { } error)
            {
                await output.WriteLineAsync($"           error: {error}").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync($"Sent {report.Sent}, failed {report.Failed}, skipped {report.Skipped}.").ConfigureAwait(false);
    }
}
