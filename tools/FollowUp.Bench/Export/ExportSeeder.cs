using System.Globalization;
using Azure.Data.Tables;
using FollowUp.Bench.Scan;
using FollowUp.Bench.Storage;
using FollowUp.Core.Storage;

namespace FollowUp.Bench.Export;

/// <summary>
/// Writes the scan benchmark's synthetic commitments, each with a history of progress reports, in
/// entity-group transactions: a commitment's rows share its partition, so the current row and up to
/// 99 history rows go in one request, built by the store's own mapping (<see cref="CommitmentRows"/>).
/// The rows are those the store writes when the commitment is added and each report saved, one
/// request each; only the number of requests differs. A transaction the service applied but answered
/// too late is retried by the client and then refused with 409 EntityAlreadyExists (that stopped a
/// 100,000 seed at 97,375); the seeder counts it as written when its first row is there, since a
/// transaction is applied whole or not at all. Rows are added, not upserted: Azurite looks up an
/// upserted row by scanning the table, which made a 100,000 seed slow down as it grew.
/// </summary>
public sealed class ExportSeeder(BenchTables tables)
{
    /// <summary>The service's limit on the operations of one transaction.</summary>
    private const int MaxTransaction = 100;

    /// <returns>How many rows were written: commitments plus history lines.</returns>
    public Task<long> SeedAsync(BenchCommitments data, int history, int parallelism, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        return SeedAsync(data.Generate().Select(c => SeededCommitment.Of(c, history, data.AsOf)), data.Count, parallelism, progress, cancellationToken);
    }

    /// <param name="count">How many <paramref name="commitments"/> there are, for the progress lines.</param>
    /// <returns>How many rows were written: commitments plus history lines.</returns>
    public async Task<long> SeedAsync(IEnumerable<SeededCommitment> commitments, int count, int parallelism, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(progress);
        var table = tables.Commitments;
        await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var rows = 0L;
        var done = 0L;
        var step = Math.Max(1, count / 10);
        var gate = new Lock();
        await Parallel.ForEachAsync(
            commitments,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (seeded, ct) =>
            {
                var entities = new List<ITableEntity>(1 + seeded.History.Count) { CommitmentRows.Current(seeded.Commitment) };
                entities.AddRange(seeded.History.Select(entry => CommitmentRows.History(seeded.Commitment.Id, entry)));
                foreach (var chunk in entities.Chunk(MaxTransaction))
                {
                    try
                    {
                        await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), ct).ConfigureAwait(false);
                    }
                    catch (TableTransactionFailedException ex) when (ex.Status == 409)
                    {
                        var first = await table.GetEntityIfExistsAsync<TableEntity>(chunk[0].PartitionKey, chunk[0].RowKey, cancellationToken: ct).ConfigureAwait(false);
                        if (!first.HasValue)
                        {
                            throw;
                        }
                    }
                }

                Interlocked.Add(ref rows, entities.Count);
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
