using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace FollowUp.Bench.Scaleout;

/// <summary>Starts worker processes of this same benchmark (<c>scaleout-worker</c>) and collects their results.</summary>
public sealed class WorkerProcesses : IDisposable
{
    private readonly List<(Process Process, Task<string> Output)> _workers = [];

    public WorkerProcesses(int count, string run, Uri sendGrid, string connectionString, int leaseSeconds)
    {
        for (var i = 0; i < count; i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            // Run as `dotnet FollowUp.Bench.dll` or as the apphost: the child is started the same way.
            if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
            {
                start.ArgumentList.Add(typeof(WorkerProcesses).Assembly.Location);
            }

            foreach (var argument in new[] { WorkerCommand.Name, "--run", run, "--sendgrid", sendGrid.AbsoluteUri, "--lease-seconds", leaseSeconds.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["FollowUp__Storage__ConnectionString"] = connectionString;
            start.Environment["FollowUp__Storage__TableServiceUri"] = null;
            var process = Process.Start(start) ?? throw new InvalidOperationException("A worker process did not start.");
            _ = process.StandardError.ReadToEndAsync();
            _workers.Add((process, process.StandardOutput.ReadToEndAsync()));
        }
    }

    /// <summary>Every worker has exited (finished, or failed to start).</summary>
    public bool AllExited => _workers.TrueForAll(w => w.Process.HasExited);

    /// <summary>SIGKILL: the process gets no chance to finish a send or record it.</summary>
    public void Kill(int index) => _workers[index].Process.Kill();

    /// <summary>Waits for every worker; a killed one has no result.</summary>
    public async Task<List<WorkerResult>> WaitAsync(CancellationToken cancellationToken)
    {
        var results = new List<WorkerResult>();
        foreach (var (process, output) in _workers)
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var text = await output.ConfigureAwait(false);
            var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
            if (process.ExitCode == 0 && line is not null)
            {
                results.Add(JsonSerializer.Deserialize<WorkerResult>(line)!);
            }
        }

        return results;
    }

    public void Dispose()
    {
        foreach (var (process, _) in _workers)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.Dispose();
        }
    }
}
