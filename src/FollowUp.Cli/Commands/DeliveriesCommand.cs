using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FollowUp.Cli.Output;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

/// <summary><c>followup deliveries</c>: the messages FollowUp sent, each with its state and SendGrid's events.</summary>
public static class DeliveriesCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var since = new Option<DateOnly?>("--since")
        {
            Description = "Only messages of this day or later (yyyy-MM-dd; fresh links by the time of their events).",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (IsoDate.TryParse(text, out var day))
                {
                    return day;
                }

                result.AddError($"--since: '{text}' is not a date such as 2026-11-30");
                return null;
            },
        };
        var owner = new Option<string?>("--owner") { Description = "Only messages to this address." };
        owner.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && CommitmentValidator.EmailProblem(value) is { } problem)
            {
                result.AddError($"--owner: {problem}");
            }
        });
        var format = new Option<string>("--format") { Description = "table for people, json for scripts.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("deliveries", "List the messages sent (digest, escalation, link) with their recipient, day, delivery state and SendGrid's events.")
        {
            since,
            owner,
            format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, _) =>
        {
            using var host = hosts.Create(parseResult);
            var records = host.Services.GetRequiredService<IDeliveryReader>()
                .ListAsync(parseResult.GetValue(since), parseResult.GetValue(owner)?.Trim(), cancellationToken);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await WriteJsonAsync(output, records).ConfigureAwait(false);
                return 0;
            }

            await output.WriteLineAsync($"{"KIND",-10} {"DAY",-10} {"STATE",-13} {"TO",-40} EVENTS").ConfigureAwait(false);
            await foreach (var record in records.ConfigureAwait(false))
            {
                var events = record.Events.Count == 0 ? "-" : string.Join(", ", record.Events.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Event} {e.At:yyyy-MM-dd HH:mm}Z")));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{DeliveriesJson.KindName(record.Kind),-10} {record.Day:yyyy-MM-dd} {record.State,-13} {record.To,-40} {events}")).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>One message at a time, as it is read: the whole ledger is never held to print it.</summary>
    private static async Task WriteJsonAsync(TextWriter output, IAsyncEnumerable<DeliveryRecord> records)
    {
        await output.WriteAsync("{\n  \"deliveries\": [").ConfigureAwait(false);
        var first = true;
        await foreach (var record in records.ConfigureAwait(false))
        {
            var json = JsonSerializer.Serialize(DeliveriesJson.From(record), ReportJson.Options).Replace("\n", "\n    ", StringComparison.Ordinal);
            await output.WriteAsync((first ? "\n    " : ",\n    ") + json).ConfigureAwait(false);
            first = false;
        }

        await output.WriteLineAsync(first ? "]\n}" : "\n  ]\n}").ConfigureAwait(false);
    }
}
