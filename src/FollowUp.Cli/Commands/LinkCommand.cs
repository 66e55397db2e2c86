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
        command.Subcommands.Add(CreateRevoke(hosts));
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            using var host = hosts.Create(parseResult);
            var commitmentId = parseResult.GetRequiredValue(id);
            var commitment = await host.Services.GetRequiredService<ICommitmentStore>().GetAsync(commitmentId, cancellationToken).ConfigureAwait(false);
            if (commitment is null)
            {
                await error.WriteLineAsync(UnknownCommitment(commitmentId)).ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            var email = parseResult.GetValue(owner);
            var owners = email is null ? commitment.Owners : [.. commitment.Owners.Where(o => EmailAddresses.AreSame(o.Email, email))];
            if (owners.Count == 0)
            {
                // Links go only to registered owners: a link for any other address would be a way in for anyone.
                await error.WriteLineAsync(NotAnOwner(email!, commitment)).ConfigureAwait(false);
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

    private static Command CreateRevoke(CliHostFactory hosts)
    {
        var id = new Argument<string>("commitmentId") { Description = "The commitment's id." };
        var owner = new Option<string>("--owner") { Description = "The owner whose links are revoked.", Required = true };
        var command = new Command(
            "revoke",
            "Make every update link issued so far to one owner of a commitment invalid; the next digest carries a working one.") { id, owner };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            using var host = hosts.Create(parseResult);
            var commitmentId = parseResult.GetRequiredValue(id);
            var email = parseResult.GetRequiredValue(owner);
            var outcome = await host.Services.GetRequiredService<RevokeOwnerLinks>().RevokeAsync(commitmentId, email, cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case RevokeOutcome.Revoked revoked:
                    await output.WriteLineAsync(
                        $"Revoked every update link issued so far to {revoked.Owner.Email} for '{commitmentId}'. " +
                        "Those links are now refused; the next digest (or 'followup link') carries a working one.").ConfigureAwait(false);
                    return 0;
                case RevokeOutcome.NotAnOwner notAnOwner:
                    await error.WriteLineAsync(NotAnOwner(email, notAnOwner.Commitment)).ConfigureAwait(false);
                    return CommandErrors.Failure;
                case RevokeOutcome.UnknownCommitment:
                    await error.WriteLineAsync(UnknownCommitment(commitmentId)).ConfigureAwait(false);
                    return CommandErrors.Failure;
                default:
                    await error.WriteLineAsync(
                        $"'{commitmentId}' kept changing while its links were revoked ({RevokeOwnerLinks.MaxAttempts} attempts); nothing was revoked. Run the command again.").ConfigureAwait(false);
                    return CommandErrors.Failure;
            }
        }));
        return command;
    }

    private static string UnknownCommitment(string commitmentId) => $"No commitment with id '{commitmentId}'.";

    private static string NotAnOwner(string email, Commitment commitment) =>
        $"'{email}' is not an owner of '{commitment.Id}'; its owners are {string.Join(", ", commitment.Owners.Select(o => o.Email))}.";
}
