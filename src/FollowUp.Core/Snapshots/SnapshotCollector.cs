namespace FollowUp.Core.Snapshots;

/// <summary>
/// Reads the commitments, their history and the send ledger once, and freezes every commitment as
/// of an instant, in id order. Used for a stored snapshot and for a report on live data alike.
/// </summary>
public sealed class SnapshotCollector(ICommitmentArchive archive, IReminderRecords reminders, IDeliveryRecords deliveries)
{
    public async Task<IReadOnlyList<SnapshotCommitment>> CollectAsync(DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var sends = await reminders.ReadAsync(cancellationToken).ConfigureAwait(false);
        var delivery = await deliveries.ReadAsync(asOf, cancellationToken).ConfigureAwait(false);
        var rows = new List<SnapshotCommitment>();
        await foreach (var record in archive.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = record.Commitment.Id;
            if (SnapshotRowBuilder.Build(record, sends[id], asOf, delivery(record.Commitment)) is { } row)
            {
                rows.Add(row);
            }
        }

        // The hash and the table both follow ordinal id order, whatever order the archive streamed in.
        rows.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return rows;
    }
}
