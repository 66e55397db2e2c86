using System.Globalization;
using FollowUp.Core.Commitments;

namespace FollowUp.Bench.Export;

/// <summary>
/// A commitment as the seeders leave it: its state after its owners' progress reports, and those
/// reports, newest last, as the store would have recorded them one update at a time.
/// </summary>
public sealed record SeededCommitment(Commitment Commitment, IReadOnlyList<ProgressEntry> History)
{
    /// <param name="history">How many reports; each raises progress by 5 (to at most 100) and keeps the status.</param>
    /// <param name="asOf">The benchmark's instant: the reports fall on the days before it, one a day.</param>
    public static SeededCommitment Of(Commitment commitment, int history, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var current = commitment;
        var entries = new List<ProgressEntry>(history);
        for (var report = 1; report <= history; report++)
        {
            var next = current with { Progress = Math.Min(100, current.Progress + 5) };
            entries.Add(new ProgressEntry(asOf.AddDays(report - history - 1), commitment.Owners[report % commitment.Owners.Count].Email,
                current.Status, next.Status, current.Progress, next.Progress,
                string.Create(CultureInfo.InvariantCulture, $"Report {report}: the joint working group met and agreed the next milestone.")));
            current = next;
        }

        return new SeededCommitment(current, entries);
    }
}
