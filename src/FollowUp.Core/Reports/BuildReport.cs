using FollowUp.Core.Snapshots;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Reports;

/// <summary>
/// <c>followup report</c> and the workspace's download: <see cref="LoadAsync"/> reads a snapshot (or
/// freezes live data in memory, as of now) and the one to compare with, then <see cref="WriteAsync"/>
/// prints it in a format. Two steps, so a caller can refuse a bad request before it opens an output.
/// </summary>
public sealed class BuildReport(ISnapshotStore store, SnapshotCollector collector, TimeProvider time, IEnumerable<IReportWriter> writers)
{
    private readonly Dictionary<ReportFormat, IReportWriter> _writers = writers.ToDictionary(w => w.Format);

    public IReportWriter WriterFor(ReportFormat format) =>
        _writers.TryGetValue(format, out var writer) ? writer : throw new ArgumentOutOfRangeException(nameof(format), format, "No writer for this format.");

    public async Task<ReportLoad> LoadAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var now = time.GetUtcNow();
            SnapshotHeader? header = null;
            if (request.Snapshot is { } name && (header = await store.FindAsync(name, cancellationToken).ConfigureAwait(false)) is null)
            {
                return new ReportLoad.SnapshotNotFound(name);
            }

            var asOf = header?.AsOf ?? now;
            var rows = header is null
                ? await collector.CollectAsync(asOf, cancellationToken).ConfigureAwait(false)
                : await ReadAllAsync(header.Name, cancellationToken).ConfigureAwait(false);

            SnapshotHeader? since;
            if (request.Since is { } sinceName)
            {
                since = await store.FindAsync(sinceName, cancellationToken).ConfigureAwait(false);
                if (since is null)
                {
                    return new ReportLoad.SinceNotFound(sinceName);
                }

                if (header is not null && since.AsOf >= header.AsOf)
                {
                    return new ReportLoad.SinceNotEarlier(sinceName, since.AsOf, header.AsOf);
                }
            }
            else
            {
                since = await LatestBeforeAsync(header, asOf, cancellationToken).ConfigureAwait(false);
            }

            var earlier = since is null ? ((SnapshotHeader, IReadOnlyList<SnapshotCommitment>)?)null : (since, await ReadAllAsync(since.Name, cancellationToken).ConfigureAwait(false));
            var footer = new ReportFooter(asOf, header?.Name, since?.Name, now, header?.DataSha256 ?? SnapshotHash.Of(rows), rows.Count);
            return new ReportLoad.Loaded(ReportBuilder.Build(rows, footer, earlier, request.GroupBy, request.SilentAfter));
        }
        catch (Exception ex) when (StorageFailures.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            return new ReportLoad.StorageFailed(ex is Azure.RequestFailedException failed
                ? $"Table Storage answered {failed.Status} {failed.ErrorCode}"
                : "Table Storage could not be reached");
        }
    }

    /// <summary>Writes to any writable stream, a file or a response body alike (<see cref="ReportOutput"/>).</summary>
    public Task WriteAsync(ReportData report, ReportFormat format, Stream output, CancellationToken cancellationToken = default) =>
        ReportOutput.WriteAsync(WriterFor(format), report, output, cancellationToken);

    private async Task<SnapshotHeader?> LatestBeforeAsync(SnapshotHeader? reported, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        SnapshotHeader? latest = null;
        await foreach (var candidate in store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var earlier = reported is null ? candidate.AsOf <= asOf : candidate.AsOf < asOf;
            if (earlier && candidate.Name != reported?.Name && (latest is null || (candidate.AsOf, candidate.CreatedAt).CompareTo((latest.AsOf, latest.CreatedAt)) > 0))
            {
                latest = candidate;
            }
        }

        return latest;
    }

    private async Task<IReadOnlyList<SnapshotCommitment>> ReadAllAsync(string name, CancellationToken cancellationToken)
    {
        var rows = new List<SnapshotCommitment>();
        await foreach (var row in store.ReadAsync(name, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
