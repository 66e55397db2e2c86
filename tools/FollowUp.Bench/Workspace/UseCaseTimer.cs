using System.Diagnostics;
using FollowUp.Core.Delivery;
using FollowUp.Core.Secretariat;
using FollowUp.Core.Storage;

namespace FollowUp.Bench.Workspace;

/// <summary>
/// Times the parts of a route in-process, without HTTP or rendering: the read alone (every current
/// row's summary columns through the store, as the routes read them, and every contact's health), the listing use case (the read, assessing,
/// filtering and sorting) the listing of the first page (as the list page asks) and the overview's. A route's time beyond its use case's is rendering and HTTP.
/// </summary>
public sealed class UseCaseTimer(ICommitmentStore store, IContactHealthStore health, CommitmentListing listing, WorkspaceOverview overview)
{
    public async Task<IReadOnlyList<UseCaseTiming>> RunAsync(int runs, CancellationToken cancellationToken) =>
    [
        await TimeAsync("read", runs, ReadAsync, cancellationToken).ConfigureAwait(false),
        await TimeAsync("list", runs, ct => listing.ListAsync(CommitmentFilter.All, cancellationToken: ct), cancellationToken).ConfigureAwait(false),
        await TimeAsync("list, page 1", runs, ct => listing.ListAsync(CommitmentFilter.All, ListPaging.First, ct), cancellationToken).ConfigureAwait(false),
        await TimeAsync("overview", runs, ct => overview.ShowAsync(ct), cancellationToken).ConfigureAwait(false),
    ];

    private async Task<int> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = 0;
        await foreach (var _ in store.QuerySummariesAsync(cancellationToken).ConfigureAwait(false))
        {
            rows++;
        }

        await ContactBook.ReadAsync(health, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static async Task<UseCaseTiming> TimeAsync<T>(string name, int runs, Func<CancellationToken, Task<T>> body, CancellationToken cancellationToken)
    {
        await body(cancellationToken).ConfigureAwait(false);
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await body(cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return new UseCaseTiming(name, runs, Percentiles.Of(times, 50), times.Count == 0 ? 0 : times[^1]);
    }
}
