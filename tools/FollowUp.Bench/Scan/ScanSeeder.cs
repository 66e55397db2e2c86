using System.Globalization;
using FollowUp.Core.Storage;

namespace FollowUp.Bench.Scan;

/// <summary>Writes the synthetic commitments into the run's fresh tables, through FollowUp's own store.</summary>
public sealed class ScanSeeder(ICommitmentStore store)
{
    /// <param name="parallelism">Concurrent writes: one partition per commitment, so no batches.</param>
    /// <returns>How many commitments were written.</returns>
    public async Task<long> SeedAsync(BenchCommitments data, int parallelism, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(progress);
        var written = 0L;
        var step = Math.Max(1, data.Count / 10);
        var gate = new Lock();
        await Parallel.ForEachAsync(
            data.Generate(),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (commitment, ct) =>
            {
                // An add, not an upsert: the table is fresh, and Azurite answers an upsert with two
                // lookups (is it there? then insert), which on its unindexed store costs twice.
                if (await store.AddAsync(commitment, cancellationToken: ct).ConfigureAwait(false) is not SaveResult.Saved)
                {
                    throw new InvalidOperationException($"Commitment {commitment.Id} already exists in a table the benchmark just created.");
                }

                if (Interlocked.Increment(ref written) % step == 0)
                {
                    lock (gate)
                    {
                        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Interlocked.Read(ref written)} written"));
                    }
                }
            }).ConfigureAwait(false);
        return written;
    }
}
