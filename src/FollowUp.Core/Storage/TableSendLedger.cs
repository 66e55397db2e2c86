using System.Net;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// The send ledger in one table: one partition per address, one row per local day a message of a
/// kind was sent (or is being sent) to it, holding the keys of the nudges in it, and one claim head
/// per kind. A claim is one entity-group transaction of the day row and the head, each conditional,
/// so of two runs that plan the same nudge exactly one claims it, whatever day each of them saw.
/// </summary>
public sealed partial class TableSendLedger(
    TableServiceClient service,
    IOptions<FollowUpOptions> options,
    TimeProvider time,
    ILogger<TableSendLedger>? logger = null) : ISendLedger
{
    /// <summary>A claim older than this with no outcome means its run stopped mid-send; the read says so in the log.</summary>
    internal static readonly TimeSpan UnresolvedAfter = TimeSpan.FromMinutes(30);

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);

    /// <summary>How long an unknown send waits for an event before it is taken as never accepted; null (never) without the webhook.</summary>
    private readonly TimeSpan? _grace = string.IsNullOrWhiteSpace(options.Value.Email.EventWebhookPublicKey)
        ? null
        : TimeSpan.FromMinutes(options.Value.Email.UnknownOutcomeGraceMinutes);

    public async Task<OwnerLedger> ReadAsync(MessageKind kind, string address, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionFor(address);

        // A nudge is recorded in the row of the day it was sent, never before its stage date, so the
        // rows from the earliest stage date on hold every nudge asked about; today's row is among
        // them, each row's delivery events sort right after it, and the head (with, for digests, the
        // contact-health row) closes the range.
        var from = LedgerDayRow.KeyFor(kind, fromStageDate < localDate ? fromStageDate : localDate);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {LedgerDayRow.RangeEndFor(kind)}");

        var now = time.GetUtcNow();
        var read = new LedgerRangeRead(kind, address, fromStageDate, localDate, now, _grace);
        var unresolvedBefore = now - UnresolvedAfter;
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            read.Add(row);
            if (row.GetString(LedgerDayRow.State) == LedgerState.Claimed && row.GetDateTimeOffset(LedgerDayRow.ClaimedAt) is { } claimedAt && claimedAt < unresolvedBefore && logger is not null)
            {
                LogUnresolvedClaim(logger, row.RowKey, claimedAt, row.GetString(LedgerDayRow.RunId) ?? "?");
            }
        }

        var ledger = read.Result(rowKey =>
        {
            if (logger is not null)
            {
                LogUnreadableRow(logger, partition, rowKey);
            }
        });
        foreach (var (rowKey, state, runId, byGrace) in read.Released)
        {
            if (logger is not null)
            {
                LogReleased(logger, rowKey, state, byGrace ? "no SendGrid event came within the grace period" : "SendGrid dropped it", runId);
            }
        }

        return ledger;
    }

    public async Task<LedgerClaim?> TryClaimAsync(LedgerEntry entry, string runId, OwnerLedger read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(read);
        if (entry.Nudges.Count > Digest.MaxItems)
        {
            throw new ArgumentException($"A message holds at most {Digest.MaxItems} items; this one has {entry.Nudges.Count}.", nameof(entry));
        }

        if (read.DayTaken)
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionFor(entry.To);
        var claimId = Guid.NewGuid().ToString("N");
        var row = LedgerDayRow.Claim(partition, entry, runId, claimId, time.GetUtcNow());
        var head = LedgerDayRow.Head(partition, entry.Kind, row);

        // Add what the read did not find (a concurrent claim makes that fail with 409); rewrite what it
        // found only at the version it saw (a concurrent claim makes that fail with 412). Either way
        // the whole transaction fails, the day row with the head.
        TableTransactionAction[] actions =
        [
            read.Day is null ? new(TableTransactionActionType.Add, row) : new(TableTransactionActionType.UpdateReplace, row, new ETag(read.Day.Version)),
            read.Head is null ? new(TableTransactionActionType.Add, head) : new(TableTransactionActionType.UpdateMerge, head, new ETag(read.Head)),
        ];
        try
        {
            var response = await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            var version = response.Value[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("The ledger returned no ETag for a claim.");
            return new LedgerClaim(entry, runId, claimId, version);
        }
        catch (TableTransactionFailedException ex) when (IsLostRace(ex.Status))
        {
            // The storage client retries a transaction whose answer was lost; if the first attempt
            // committed, the retry fails on our own rows. The claim id tells ours from another run's.
            var stored = await FindOwnAsync(partition, row.RowKey, claimId, cancellationToken).ConfigureAwait(false);
            return stored is null ? null : new LedgerClaim(entry, runId, claimId, stored.ETag.ToString());
        }
    }

    public async Task SettleAsync(LedgerClaim claim, SendResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(result);
        var (state, messageId, error) = result switch
        {
            SendResult.Accepted accepted => (LedgerState.Sent, accepted.MessageId, (string?)null),
            SendResult.Sandboxed sandboxed => (LedgerState.Sandboxed, sandboxed.MessageId, null),
            SendResult.Refused refused => (LedgerState.Failed, null, refused.Error),
            SendResult.Unknown unknown => (LedgerState.Unknown, null, unknown.Reason),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Not a send result FollowUp knows."),
        };

        // A merge under the claim's own version: the nudges written with the claim stay as they are,
        // and a row some other run has since replaced is left alone.
        var partition = PartitionFor(claim.Entry.To);
        var rowKey = LedgerDayRow.KeyFor(claim.Entry.Kind, claim.Entry.LocalDate);
        var outcome = new TableEntity(partition, rowKey)
        {
            [LedgerDayRow.State] = state,
            [LedgerDayRow.SettledAt] = time.GetUtcNow(),
            [LedgerDayRow.MessageId] = messageId,
            [LedgerDayRow.Error] = error is { Length: > 1000 } ? error[..1000] : error,
        };
        try
        {
            await _table.UpdateEntityAsync(outcome, new ETag(claim.Version), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.PreconditionFailed)
        {
            // A retried merge whose first attempt landed finds the row at a version of its own making.
            var stored = await FindOwnAsync(partition, rowKey, claim.ClaimId, cancellationToken).ConfigureAwait(false);
            if (stored?.GetString(LedgerDayRow.State) != state)
            {
                throw;
            }
        }
    }

    /// <summary>The address's one storage key (<see cref="EmailAddresses.StorageKey"/>), whose length the importer checks.</summary>
    internal static string PartitionFor(string address) => EmailAddresses.StorageKey(address);

    private static bool IsLostRace(int status) => status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed;

    private async Task<TableEntity?> FindOwnAsync(string partition, string rowKey, string claimId, CancellationToken cancellationToken)
    {
        var stored = await _table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return stored.HasValue && stored.Value!.GetString(LedgerDayRow.ClaimId) == claimId ? stored.Value : null;
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Error, Message = "Send-ledger row {RowKey} of owner partition {Partition} cannot be read; that owner is skipped until it is mended")]
    private static partial void LogUnreadableRow(ILogger logger, string partition, string rowKey);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Send-ledger row {RowKey}, {State} until now, is released for the next send: {Reason} (run {RunId})")]
    private static partial void LogReleased(ILogger logger, string rowKey, string state, string reason, string runId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Send-ledger row {RowKey} has been claimed since {ClaimedAt} without a known outcome (run {RunId})")]
    private static partial void LogUnresolvedClaim(ILogger logger, string rowKey, DateTimeOffset claimedAt, string runId);
}
