using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FollowUp.Cli.Output;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

/// <summary><c>followup contacts</c>: every owner address and whether mail reaches it; <c>contacts reset</c> clears a mark once the address is mended.</summary>
public static class ContactsCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var format = new Option<string>("--format") { Description = "table for people, json for scripts.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("contacts", "List every owner address: its ministry, open commitments, delivery state (ok, bounced, dropped, spam, unknown) and last event.")
        {
            format,
            Reset(hosts),
        };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, _) =>
        {
            using var host = hosts.Create(parseResult);
            var contacts = await host.Services.GetRequiredService<ContactDirectory>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ContactsJson.From(contacts), ReportJson.Options)).ConfigureAwait(false);
                return 0;
            }

            await output.WriteLineAsync($"{"EMAIL",-40} {"STATE",-8} {"OPEN",4}  {"LAST EVENT",-28} MINISTRY / REASON").ConfigureAwait(false);
            foreach (var c in contacts)
            {
                var last = c.Health.LastEvent is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{c.Health.LastEvent} {c.Health.LastEventAt:yyyy-MM-dd HH:mm}Z");
                var why = c.Health.Reason is null ? "" : $" ({c.Health.Reason})";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{c.Email,-40} {c.Health.StateName,-8} {c.OpenCommitments,4}  {last,-28} {c.Ministry ?? "-"}{why}")).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Command Reset(CliHostFactory hosts)
    {
        var email = new Argument<string>("email") { Description = "The address whose undeliverable mark to clear, once it is mended." };
        email.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (CommitmentValidator.EmailProblem(value) is { } problem)
            {
                result.AddError($"email: {problem}");
            }
        });
        var command = new Command("reset", "Clear an address's undeliverable mark as of now: the next scan sends to it again, and a later bounce marks it again.") { email };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            using var host = hosts.Create(parseResult);
            var address = parseResult.GetRequiredValue(email).Trim();
            if (!await host.Services.GetRequiredService<IContactHealthStore>().ResetAsync(address, cancellationToken).ConfigureAwait(false))
            {
                await error.WriteLineAsync($"No delivery event was ever recorded for {address}: there is nothing to reset.").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            await output.WriteLineAsync($"Reset {address}: the next scan sends to it again.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
