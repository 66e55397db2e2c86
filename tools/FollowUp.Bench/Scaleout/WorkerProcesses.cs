using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace FollowUp.Bench.Scaleout;

/// <summary>
/// Starts worker processes of this same benchmark (<c>scaleout-worker</c>) and collects their results.
/// A worker that fails is an error of the run, with its exit code and the end of what it wrote to
/// stderr: a worker that quietly delivers nothing looks like a pipeline that loses digests.
/// </summary>
public sealed class WorkerProcesses : IDisposable
{
    private readonly List<Worker> _workers = [];
    private readonly HashSet<int> _killed = [];

    /// <param name="tables">The exact table prefix of the run: the workers must read what this process seeded.</param>
    public WorkerProcesses(int count, string run, string tables, Uri sendGrid, string connectionString, int leaseSeconds)
    {
        for (var i = 0; i < count; i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            // Run as `dotnet FollowUp.Bench.dll` (a test host is one too) or as the apphost: the child is started the same way.
            if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
            {
                start.ArgumentList.Add(typeof(WorkerProcesses).Assembly.Location);
            }

            foreach (var argument in new[] { WorkerCommand.Name, "--run", run, "--tables", tables, "--sendgrid", sendGrid.AbsoluteUri, "--lease-seconds", leaseSeconds.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            // In the environment, not the arguments: a connection string may hold a key, and arguments are visible to ps.
            start.Environment["FollowUp__Storage__ConnectionString"] = connectionString;
            start.Environment["FollowUp__Storage__TableServiceUri"] = null;
            var process = Process.Start(start) ?? throw new InvalidOperationException("A worker process did not start.");

            // Both pipes drained from the start: a worker logging a failure per send must never block on a full stderr.
            _workers.Add(new Worker(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync()));
        }
    }

    /// <summary>Every worker has exited (finished, or failed to start).</summary>
    public bool AllExited => _workers.TrueForAll(w => w.Process.HasExited);

    /// <summary>SIGKILL: the process gets no chance to finish a send or record it.</summary>
    public void Kill(int index)
    {
        _killed.Add(index);
        _workers[index].Process.Kill();
    }

    /// <summary>Waits for every worker; a killed one has no result, and any other without one fails the run.</summary>
    public async Task<List<WorkerResult>> WaitAsync(CancellationToken cancellationToken)
    {
        var results = new List<WorkerResult>();
        for (var i = 0; i < _workers.Count; i++)
        {
            var (process, output, error) = _workers[i];
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var text = await output.ConfigureAwait(false);
            var errors = await error.ConfigureAwait(false);
            if (_killed.Contains(i))
            {
                continue;
            }

            var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
            if (process.ExitCode != 0 || line is null)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Worker {i} of {_workers.Count} exited with code {process.ExitCode} and no result. The end of its stderr: {Tail(errors)}"));
            }

            results.Add(JsonSerializer.Deserialize<WorkerResult>(line)!);
        }

        return results;
    }

    public void Dispose()
    {
        foreach (var worker in _workers)
        {
            if (!worker.Process.HasExited)
            {
                worker.Process.Kill();
            }

            worker.Process.Dispose();
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : "…" + text[^2000..];

    private sealed record Worker(Process Process, Task<string> Output, Task<string> Error);
}
