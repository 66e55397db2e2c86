using System.CommandLine;
using System.Globalization;
using FollowUp.Core.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

/// <summary><c>followup report</c>: the report for the next session, from a snapshot or from live data, in one format.</summary>
public static class ReportCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var snapshot = new Option<string?>("--snapshot") { Description = "The snapshot to report. Default: live data as of now." };
        var since = new Option<string?>("--since") { Description = "The snapshot to compare with. Default: the latest one before." };
        var format = new Option<string>("--format") { Description = "html (print it to PDF from the browser), xlsx, docx or csv.", Required = true };
        format.AcceptOnlyFromAmong("html", "xlsx", "docx", "csv");
        var groupBy = new Option<string>("--group-by") { Description = "One section per sector or per country.", DefaultValueFactory = _ => "sector" };
        groupBy.AcceptOnlyFromAmong("sector", "country");
        var silentAfter = new Option<int>("--silent-after") { Description = "List owners with this many reminders unanswered.", DefaultValueFactory = _ => ReportRequest.DefaultSilentAfter };
        silentAfter.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--silent-after must be 1 or more.");
            }
        });
        var output = new Option<FileInfo>("--output") { Description = "The file to write; it must not exist.", Required = true };

        var command = new Command("report", "Write the report for the next session: summary, changes since the previous snapshot, every commitment, data quality.")
        {
            snapshot, since, format, groupBy, silentAfter, output,
        };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (stdout, error) =>
        {
            var file = parseResult.GetRequiredValue(output);
            if (file.Exists)
            {
                await error.WriteLineAsync($"{file.FullName} already exists; it was left as it was. Choose another --output.").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            using var host = hosts.Create(parseResult);
            var build = host.Services.GetRequiredService<BuildReport>();
            var request = new ReportRequest(
                parseResult.GetValue(snapshot),
                parseResult.GetValue(since),
                Enum.Parse<ReportGrouping>(parseResult.GetRequiredValue(groupBy), ignoreCase: true),
                parseResult.GetValue(silentAfter));
            var load = await build.LoadAsync(request, cancellationToken).ConfigureAwait(false);
            if (load is not ReportLoad.Loaded loaded)
            {
                await error.WriteLineAsync(Refusal(load)).ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            var chosen = Enum.Parse<ReportFormat>(parseResult.GetRequiredValue(format), ignoreCase: true);
            await WriteFileAsync(build, loaded.Data, chosen, file, cancellationToken).ConfigureAwait(false);
            var footer = loaded.Data.Footer;
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {file.FullName}: {footer.Commitments} commitments as of {footer.AsOf:yyyy-MM-ddTHH:mm:ssZ} ({footer.Snapshot ?? "live data"}; compared with {footer.Since ?? "no earlier snapshot"}), SHA-256 {footer.DataSha256}.")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    /// <summary>Written beside the target and moved into place when complete, so a failed run leaves no half a report.</summary>
    private static async Task WriteFileAsync(BuildReport build, ReportData data, ReportFormat format, FileInfo file, CancellationToken cancellationToken)
    {
        var partial = Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.{Guid.NewGuid():N}.partial");
        try
        {
            var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await build.WriteAsync(data, format, stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, file.FullName, overwrite: false);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static string Refusal(ReportLoad load) => load switch
    {
        ReportLoad.SnapshotNotFound missing => $"There is no snapshot named {missing.Name}; nothing was written. followup snapshot list shows the snapshots.",
        ReportLoad.SinceNotFound missing => $"--since: there is no snapshot named {missing.Name}; nothing was written. followup snapshot list shows the snapshots.",
        ReportLoad.SinceNotEarlier late => string.Create(CultureInfo.InvariantCulture,
            $"--since: snapshot {late.Name} (as of {late.SinceAsOf:yyyy-MM-ddTHH:mm:ssZ}) is not earlier than the one reported (as of {late.AsOf:yyyy-MM-ddTHH:mm:ssZ}); nothing was written."),
        ReportLoad.StorageFailed failed => $"No report was written: {failed.Reason}.",
        _ => throw new InvalidOperationException($"Unexpected report outcome {load.GetType().Name}."),
    };
}
