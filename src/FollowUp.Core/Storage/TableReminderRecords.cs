using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Snapshots;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Reads every digest day row of the send ledger (never an escalation's, which go to copied addresses)
/// whose state holds its nudges (<see cref="LedgerState.IsTaken"/>: sent, or possibly sent), and lists
/// each nudge with its address and the time it was claimed. It only reads; the ledger is the scan's.
/// </summary>
public sealed partial class TableReminderRecords(
    TableServiceClient service,
    IOptions<FollowUpOptions> options,
    ILogger<TableReminderRecords>? logger = null) : IReminderRecords
{
    private static readonly string DigestHead = LedgerDayRow.HeadKeyFor(MessageKind.Digest);

    // '}' sorts right after '|', so [d|, d}) is every digest row, the head among them.
    private static readonly string DigestRows =
        TableClient.CreateQueryFilter($"RowKey ge {LedgerDayRow.PrefixFor(MessageKind.Digest)} and RowKey lt {"d}"}");

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);

    public async Task<ILookup<string, ReminderSend>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var sends = new List<ReminderSend>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(DigestRows, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (row.RowKey == DigestHead || !LedgerState.IsTaken(row.GetString(LedgerDayRow.State))
                    || row.GetDateTimeOffset(LedgerDayRow.ClaimedAt) is not { } claimedAt)
                {
                    continue;
                }

                var address = Uri.UnescapeDataString(row.PartitionKey);
                try
                {
                    sends.AddRange(LedgerDayRow.Nudges(row, address, DateOnly.MinValue).Select(n => new ReminderSend(n.CommitmentId, address, claimedAt)));
                }
                catch (FormatException)
                {
                    if (logger is not null)
                    {
                        LogUnreadable(logger, row.PartitionKey, row.RowKey);
                    }
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No scan has run yet, so no ledger table: no reminders were sent.
        }

        return sends.ToLookup(s => s.CommitmentId, StringComparer.Ordinal);
    }

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Send-ledger row {RowKey} of owner partition {Partition} cannot be read; snapshots do not count its reminders")]
    private static partial void LogUnreadable(ILogger logger, string partition, string rowKey);
}
