using System.Net;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// The send ledger in one table, one partition per owner address and one row per local day the
/// owner was sent (or is being sent) a digest, holding the keys of the nudges in it. A claim is one
/// conditional write of that row, so of two runs that plan the same digest exactly one claims it,
/// and the day and its nudges are recorded together or not at all.
/// </summary>
public sealed partial class TableSendLedger(
    TableServiceClient service,
    IOptions<FollowUpOptions> options,
    TimeProvider time,
    ILogger<TableSendLedger>? logger = null) : ISendLedger
{
    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);
    private readonly TableInitializer _initializer = new();

    public async Task<OwnerLedger> ReadAsync(string ownerEmail, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionFor(ownerEmail);
        var dayKey = LedgerDayRow.KeyFor(localDate);

        // A nudge is recorded in the row of the day it was sent, never before its stage date, so the
        // rows from the earliest stage date on hold every nudge asked about; today's row is among
        // them because no candidate's stage date lies after its owner's today.
        var from = LedgerDayRow.KeyFor(fromStageDate < localDate ? fromStageDate : localDate);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {LedgerDayRow.KeyPrefix + "~"}");

        var recorded = new HashSet<ReminderKey>();
        LedgerDay? day = null;
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var taken = row.GetString(LedgerDayRow.State) != LedgerState.Failed;
            if (row.RowKey == dayKey)
            {
                day = new LedgerDay(taken, row.ETag.ToString());
            }

            // A failed digest's nudges were never delivered: they are owed again.
            if (!taken)
            {
                continue;
            }

            try
            {
                recorded.UnionWith(LedgerDayRow.Nudges(row, ownerEmail, fromStageDate));
            }
            catch (FormatException)
            {
                // Without this row FollowUp cannot tell what this owner was sent, and guessing could
                // nudge twice: the owner is passed over (their day counts as taken) until an operator
                // mends the row, and every other owner's digest still goes out.
                if (logger is not null)
                {
                    LogUnreadableRow(logger, partition, row.RowKey);
                }

                return new OwnerLedger(recorded, new LedgerDay(Taken: true, row.ETag.ToString()));
            }
        }

        return new OwnerLedger(recorded, day);
    }

    public async Task<DigestClaim?> TryClaimAsync(Digest digest, string runId, LedgerDay? day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.Items.Count > Digest.MaxItems)
        {
            throw new ArgumentException($"A digest holds at most {Digest.MaxItems} items; this one has {digest.Items.Count}.", nameof(digest));
        }

        if (day is { Taken: true })
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = LedgerDayRow.Claim(PartitionFor(digest.To), digest, runId, time.GetUtcNow());
        try
        {
            // Add when the scan saw no row (a concurrent claim makes it fail with 409); replace a
            // failed one only at the version the scan read (a concurrent claim makes it fail with 412).
            var response = day is null
                ? await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await _table.UpdateEntityAsync(row, new ETag(day.Version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            var version = response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The ledger returned no ETag for a claim.");
            return new DigestClaim(digest, runId, version);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return null;
        }
    }

    public Task MarkSentAsync(DigestClaim claim, string? messageId, CancellationToken cancellationToken = default) =>
        SettleAsync(claim, LedgerState.Sent, messageId, null, cancellationToken);

    public Task MarkFailedAsync(DigestClaim claim, string reason, CancellationToken cancellationToken = default) =>
        SettleAsync(claim, LedgerState.Failed, null, reason, cancellationToken);

    private async Task SettleAsync(DigestClaim claim, string state, string? messageId, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);

        // A merge under the claim's own version: the nudges written with the claim stay as they are,
        // and a row some other run has since replaced is left alone.
        var outcome = new TableEntity(PartitionFor(claim.Digest.To), LedgerDayRow.KeyFor(claim.Digest.LocalDate))
        {
            [LedgerDayRow.State] = state,
            [LedgerDayRow.SettledAt] = time.GetUtcNow(),
            [LedgerDayRow.MessageId] = messageId,
            [LedgerDayRow.Error] = error is { Length: > 1000 } ? error[..1000] : error,
        };
        await _table.UpdateEntityAsync(outcome, new ETag(claim.Version), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Addresses compare case-insensitively, and keys may not hold '/', '\', '#' or '?', which an
    /// address may: the lower-cased address, percent-encoded, is both unique and a legal key.
    /// </summary>
    internal static string PartitionFor(string ownerEmail) => Uri.EscapeDataString(EmailAddresses.Canonical(ownerEmail));

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Send-ledger row {RowKey} of owner partition {Partition} cannot be read; that owner is skipped until it is mended")]
    private static partial void LogUnreadableRow(ILogger logger, string partition, string rowKey);
}
