using System.CommandLine;
using FollowUp.Bench.Scan;

namespace FollowUp.Bench;

/// <summary>
/// The benchmarks' command tree: one subcommand per use case measured (<c>scan</c>, <c>export</c>, <c>report</c>, <c>deliveries</c>, <c>workspace</c>), each on
/// synthetic data in throw-away tables. Run as <c>dotnet run -c Release --project tools/FollowUp.Bench -- scan …</c>.
/// </summary>
public static class BenchCommandLine
{
    /// <param name="settings">
    /// Configuration that wins over the environment; tests use it to point a benchmark at their own
    /// tables without touching process-wide environment variables.
    /// </param>
    public static RootCommand Build(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connection = new Option<string?>("--connection")
        {
            Description = "Table Storage connection string (default: FollowUp__Storage__ConnectionString, else local Azurite).",
            Recursive = true,
        };

        var hosts = new BenchHostFactory(connection, settings);
        var root = new RootCommand("FollowUp's benchmarks: measure a use case on synthetic data in throw-away tables. A tool, not part of the product.");
        root.Options.Add(connection);
        root.Subcommands.Add(ScanCommand.Create(hosts));
        root.Subcommands.Add(Export.ExportCommand.Create(hosts));
        root.Subcommands.Add(Report.ReportCommand.Create(hosts));
        root.Subcommands.Add(Deliveries.DeliveriesCommand.Create(hosts));
        root.Subcommands.Add(Scaleout.ScaleoutCommand.Create(hosts));
        root.Subcommands.Add(Scaleout.WorkerCommand.Create(hosts));
        root.Subcommands.Add(Workspace.WorkspaceCommand.Create(hosts));
        return root;
    }
}
