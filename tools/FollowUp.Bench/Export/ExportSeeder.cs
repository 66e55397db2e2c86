using System.Globalization;
using FollowUp.Bench.Scan;
using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Bench.Export;

/// <summary>
/// Writes the scan benchmark's synthetic commitments, each with a history of progress reports,
/// through FollowUp's own store: the commitment is added, then each report is saved as an owner's
/// update is (the new state and its history line in one transaction).
/// </summary>
public sealed class ExportSeeder(ICommitmentStore store)
{
    /// <returns>How many rows were written: commitments plus history lines.</returns>
    public async Task<long> SeedAsync(BenchCommitments data, int history, int parallelism, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(progress);
        var rows = 0L;
        var done = 0L;
        var step = Math.Max(1, data.Count / 10);
        var gate = new Lock();
        await Parallel.ForEachAsync(
            data.Generate(),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (commitment, ct) =>
            {
                if (await store.AddAsync(commitment, ct).ConfigureAwait(false) is not SaveResult.Saved { Commitment: var current })
                {
                    throw new InvalidOperationException($"Commitment {commitment.Id} already exists in a table the benchmark just created.");
                }

                for (var report = 1; report <= history; report++)
                {
                    var next = current with { Progress = Math.Min(100, current.Progress + 5) };
                    var entry = new ProgressEntry(data.AsOf.AddDays(report - history - 1), commitment.Owners[report % commitment.Owners.Count].Email,
                        current.Status, next.Status, current.Progress, next.Progress,
                        string.Create(CultureInfo.InvariantCulture, $"Report {report}: the joint working group met and agreed the next milestone."));
                    if (await store.ReplaceAsync(next, entry, ct).ConfigureAwait(false) is not SaveResult.Saved { Commitment: var saved })
                    {
                        throw new InvalidOperationException($"Commitment {commitment.Id} changed while the benchmark seeded it.");
                    }

                    current = saved;
                }

                Interlocked.Add(ref rows, 1 + history);
                if (Interlocked.Increment(ref done) % step == 0)
                {
                    lock (gate)
                    {
                        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Interlocked.Read(ref done)} commitments written"));
                    }
                }
            }).ConfigureAwait(false);
        return rows;
    }
}
