using System.CommandLine;
using System.Globalization;
using FollowUp.Core.Snapshots;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

/// <summary><c>followup snapshot create|list</c>: freeze every commitment's state under a name, and list what is frozen.</summary>
public static class SnapshotCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var command = new Command("snapshot", "Freeze every commitment's state into an immutable snapshot, or list the snapshots.");
        command.Subcommands.Add(CreateCommand(hosts));
        command.Subcommands.Add(ListCommand(hosts));
        return command;
    }

    private static Command CreateCommand(CliHostFactory hosts)
    {
        var name = new Argument<string>("name") { Description = "1-64 lower-case letters, digits and dashes, e.g. jc9-baku; never reused." };
        var asOf = new Option<DateTimeOffset?>("--as-of")
        {
            Description = "Freeze the state as it was at this instant (ISO-8601, e.g. 2026-11-30T05:00:00Z), replayed from the history. Default: now.",
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
        var command = new Command("create", "Freeze every commitment's state, last update and reminder counts under a new name.") { name, asOf };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            using var host = hosts.Create(parseResult);
            var outcome = await host.Services.GetRequiredService<CreateSnapshot>()
                .RunAsync(parseResult.GetRequiredValue(name), parseResult.GetValue(asOf), cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case SnapshotCreateOutcome.Created created:
                    var h = created.Header;
                    await output.WriteLineAsync(Invariant(
                        $"Snapshot {h.Name}: {h.Commitments} commitments as of {h.AsOf:yyyy-MM-ddTHH:mm:ssZ}{(h.Reconstructed ? " (replayed from the history)" : "")}, SHA-256 {h.DataSha256}.")).ConfigureAwait(false);
                    return 0;
                case SnapshotCreateOutcome.InvalidName invalid:
                    await error.WriteLineAsync($"'{invalid.Name}' is not a snapshot name: use 1-64 lower-case letters, digits and dashes (e.g. jc9-baku).").ConfigureAwait(false);
                    break;
                case SnapshotCreateOutcome.NameTaken taken:
                    await error.WriteLineAsync($"A snapshot named {taken.Name} exists (or an interrupted attempt left its rows); snapshots are never changed, so nothing was written. Choose another name.").ConfigureAwait(false);
                    break;
                case SnapshotCreateOutcome.AsOfInFuture future:
                    await error.WriteLineAsync(Invariant($"--as-of {future.AsOf:yyyy-MM-ddTHH:mm:ssZ} is later than now ({future.Now:yyyy-MM-ddTHH:mm:ssZ}); a snapshot cannot freeze the future.")).ConfigureAwait(false);
                    break;
                case SnapshotCreateOutcome.StorageFailed failed:
                    await error.WriteLineAsync($"No snapshot was completed: {failed.Reason}. Run it again under another name.").ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected snapshot outcome {outcome.GetType().Name}.");
            }

            return CommandErrors.Failure;
        }));
        return command;
    }

    private static Command ListCommand(CliHostFactory hosts)
    {
        var command = new Command("list", "List the snapshots: name, as-of time, commitments, SHA-256.");
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, error) =>
        {
            using var host = hosts.Create(parseResult);
            switch (await host.Services.GetRequiredService<ListSnapshots>().RunAsync(cancellationToken).ConfigureAwait(false))
            {
                case SnapshotListOutcome.Listed { Snapshots.Count: 0 }:
                    await output.WriteLineAsync("No snapshots yet: make one with followup snapshot create <name>.").ConfigureAwait(false);
                    return 0;
                case SnapshotListOutcome.Listed listed:
                    foreach (var h in listed.Snapshots)
                    {
                        await output.WriteLineAsync(Invariant($"{h.Name,-24} as of {h.AsOf:yyyy-MM-ddTHH:mm:ssZ}  created {h.CreatedAt:yyyy-MM-ddTHH:mm:ssZ}  {h.Commitments,6} commitments  {h.DataSha256}")).ConfigureAwait(false);
                    }

                    return 0;
                case SnapshotListOutcome.StorageFailed failed:
                    await error.WriteLineAsync($"The snapshots could not be listed: {failed.Reason}.").ConfigureAwait(false);
                    return CommandErrors.Failure;
                case var other:
                    throw new InvalidOperationException($"Unexpected snapshot list outcome {other.GetType().Name}.");
            }
        }));
        return command;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
