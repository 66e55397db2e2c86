using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// Reads the send ledger's day rows (<see cref="LedgerDayRow"/>): each names the commitments it
/// carried, so counting them per commitment is one pass over the table, and one commitment's
/// reminders are a read of each of its owners' partitions, which holds SendGrid's events for each
/// message beside its row (<see cref="DeliveryEventRow"/>).
/// </summary>
public sealed class TableSentReminders(TableServiceClient service, IOptions<FollowUpOptions> options) : ISentReminders
{
    private static readonly string DigestRows = TableClient.CreateQueryFilter(
        $"RowKey ge {LedgerDayRow.PrefixFor(MessageKind.Digest)} and RowKey lt {LedgerDayRow.HeadKeyFor(MessageKind.Digest)}");

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);

    public async Task<IReadOnlyDictionary<string, int>> CountDigestsAsync(CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(DigestRows, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                foreach (var id in Carried(row).Select(n => n.CommitmentId).Distinct(StringComparer.Ordinal))
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No scan has run yet, so the ledger table does not exist: nothing was sent.
        }

        return counts;
    }

    public async Task<IReadOnlyList<SentReminder>> ForCommitmentAsync(
        Commitment commitment, IEnumerable<string> addresses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(addresses);
        var found = new List<SentReminder>();
        foreach (var address in addresses.Distinct(EmailAddresses.Comparer))
        {
            var partition = EmailAddresses.StorageKey(address);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
            var days = new List<(TableEntity Row, MessageKind Kind, DateOnly LocalDate)>();
            var events = new Dictionary<(string Day, string Claim), List<MessageEvent>>();
            try
            {
                await foreach (var row in _table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    if (DeliveryEventRow.Owner(row.RowKey) is { } owner)
                    {
                        events.TryAdd(owner, []);
                        events[owner].Add(new(
                            row.GetDateTimeOffset(DeliveryEventRow.At) ?? row.Timestamp ?? default,
                            row.GetString(DeliveryEventRow.Event) ?? "",
                            row.GetString(DeliveryEventRow.Reason),
                            row.GetString(DeliveryEventRow.BounceType)));
                    }
                    else if (Kind(row.RowKey) is { } kind && IsoDate.TryParse(row.RowKey[2..], out var localDate))
                    {
                        days.Add((row, kind, localDate));
                    }
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return [];
            }

            foreach (var (row, kind, localDate) in days)
            {
                var at = row.GetDateTimeOffset(LedgerDayRow.SettledAt) ?? row.GetDateTimeOffset(LedgerDayRow.ClaimedAt) ?? row.Timestamp ?? default;
                var state = row.GetString(LedgerDayRow.State) ?? "";
                var heard = events.GetValueOrDefault((row.RowKey, row.GetString(LedgerDayRow.ClaimId) ?? ""), []);
                found.AddRange(Carried(row)
                    .Where(n => string.Equals(n.CommitmentId, commitment.Id, StringComparison.Ordinal))
                    .Select(n => new SentReminder(at, address, kind, n.Stage, n.StageDate, localDate, state, [.. heard.OrderBy(e => e.At)])));
            }
        }

        return [.. found.OrderByDescending(r => r.At)];
    }

    private static MessageKind? Kind(string rowKey) =>
        rowKey.Length != 12 ? null
        : rowKey.StartsWith(LedgerDayRow.PrefixFor(MessageKind.Digest), StringComparison.Ordinal) ? MessageKind.Digest
        : rowKey.StartsWith(LedgerDayRow.PrefixFor(MessageKind.Escalation), StringComparison.Ordinal) ? MessageKind.Escalation
        : null;

    /// <summary>The nudges a delivered (or possibly delivered) row carried; a row edited out of shape counts as none.</summary>
    private static IReadOnlyList<Reminders.ReminderKey> Carried(TableEntity row)
    {
        if (!LedgerState.IsTaken(row.GetString(LedgerDayRow.State)))
        {
            return [];
        }

        try
        {
            return [.. LedgerDayRow.Nudges(row, row.PartitionKey, DateOnly.MinValue)];
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
