using System.CommandLine;
using FollowUp.Core.Commitments;
using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

public static class LinkCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var id = new Argument<string>("commitmentId") { Description = "The commitment's id." };
        var owner = new Option<string?>("--owner")
        {
            Description = "The owner's email address; default: every owner of the commitment, one link each.",
        };
        var command = new Command("link", "Print the signed update link an owner receives by email.") { id, owner };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            using var host = hosts.Create(parseResult);
            var commitmentId = parseResult.GetRequiredValue(id);
            var commitment = await host.Services.GetRequiredService<ICommitmentStore>().GetAsync(commitmentId, cancellationToken).ConfigureAwait(false);
            if (commitment is null)
            {
                await error.WriteLineAsync($"No commitment with id '{commitmentId}'.").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            var email = parseResult.GetValue(owner);
            var owners = email is null ? commitment.Owners : [.. commitment.Owners.Where(o => EmailAddresses.AreSame(o.Email, email))];
            if (owners.Count == 0)
            {
                // Links go only to registered owners: a link for any other address would be a way in for anyone.
                await error.WriteLineAsync(
                    $"'{email}' is not an owner of '{commitmentId}'; its owners are {string.Join(", ", commitment.Owners.Select(o => o.Email))}.").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            var links = host.Services.GetRequiredService<UpdateLinkBuilder>();
            foreach (var o in owners)
            {
                var link = links.BuildUpdateLink(commitment.Id, o);
                await output.WriteLineAsync(email is null ? $"{o.Email}\t{link}" : link.ToString()).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }
}
