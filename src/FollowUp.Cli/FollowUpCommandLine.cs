using System.CommandLine;
using FollowUp.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli;

/// <summary>The <c>followup</c> command tree: the operator's tool over the same use cases the Functions app runs.</summary>
public static class FollowUpCommandLine
{
    /// <param name="settings">
    /// Configuration that wins over appsettings.json and the environment; tests use it to point a
    /// command at their own tables without touching process-wide environment variables.
    /// </param>
    /// <param name="services">Replaces services after FollowUp's own are added; tests use it for a fake clock.</param>
    public static RootCommand Build(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var connection = new Option<string?>("--connection")
        {
            Description = "Table Storage connection string (default: FollowUp__Storage__ConnectionString, else local Azurite).",
            Recursive = true,
        };

        var hostFactory = new CliHostFactory(connection, settings, services);
        var root = new RootCommand("FollowUp: track the commitments a commission made and remind the ministries that own them.");
        root.Options.Add(connection);
        root.Options.Add(hostFactory.AllowOutbox);
        root.Subcommands.Add(ImportCommand.Create(hostFactory));
        root.Subcommands.Add(IntakeCommand.Create(hostFactory));
        root.Subcommands.Add(ListCommand.Create(hostFactory));
        root.Subcommands.Add(ScanCommand.Create(hostFactory));
        root.Subcommands.Add(LinkCommand.Create(hostFactory));
        root.Subcommands.Add(Serve.ServeCommand.Create(hostFactory));
        root.Subcommands.Add(Doctor.DoctorCommand.Create(hostFactory));
        root.Subcommands.Add(ExportCommand.Create(hostFactory));
        root.Subcommands.Add(RestoreCommand.Create(hostFactory));
        root.Subcommands.Add(SnapshotCommand.Create(hostFactory));
        root.Subcommands.Add(ReportCommand.Create(hostFactory));
        root.Subcommands.Add(ContactsCommand.Create(hostFactory));
        root.Subcommands.Add(DeliveriesCommand.Create(hostFactory));
        root.Subcommands.Add(ReindexCommand.Create(hostFactory));
        return root;
    }
}
