using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// The send ledger in one table, one partition per owner address: a day row per local day the
/// owner was sent (or is being sent) a digest, and an item row per nudge in it. A claim writes the
/// day row and the item rows in one transaction, conditional on the day row, so of two runs that
/// plan the same digest exactly one claims it.
/// </summary>
public sealed class TableSendLedger(TableServiceClient service, IOptions<FollowUpOptions> options, TimeProvider time) : ISendLedger
{
    /// <summary>The service's limit on operations in one entity-group transaction.</summary>
    private const int MaxTransactionSize = 100;

    private const string DayPrefix = "d|";
    private const string ItemPrefix = "i|";

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.SendLedgerTable);
    private readonly TableInitializer _initializer = new();

    public async Task<OwnerLedger> ReadAsync(string ownerEmail, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionFor(ownerEmail);
        var from = ItemPrefix + IsoDate.Format(fromStageDate);
        var dayKey = DayPrefix + IsoDate.Format(localDate);

        // The day row and the item rows share the owner's partition, so one query answers both
        // questions the scan asks of an owner: what was sent already, and is today's digest taken.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and ((RowKey ge {from} and RowKey lt {ItemPrefix + "~"}) or RowKey eq {dayKey})");

        var recorded = new HashSet<ReminderKey>();
        LedgerDay? day = null;
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var state = row.GetString(nameof(LedgerItemEntity.State));
            if (row.RowKey == dayKey)
            {
                day = new LedgerDay(state != LedgerState.Failed, row.ETag.ToString());
            }
            else if (state != LedgerState.Failed)
            {
                recorded.Add(new ReminderKey(
                    row.GetString(nameof(LedgerItemEntity.CommitmentId)),
                    ownerEmail,
                    Enum.Parse<ReminderStage>(row.GetString(nameof(LedgerItemEntity.Stage))),
                    IsoDate.Parse(row.GetString(nameof(LedgerItemEntity.StageDate)))));
            }
        }

        return new OwnerLedger(recorded, day);
    }

    public async Task<DigestClaim?> TryClaimAsync(Digest digest, string runId, LedgerDay? day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (day is { Taken: true })
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionFor(digest.To);
        var dayKey = DayPrefix + IsoDate.Format(digest.LocalDate);

        var claimRow = new LedgerDayEntity
        {
            PartitionKey = partition,
            RowKey = dayKey,
            State = LedgerState.Claimed,
            RunId = runId,
            ClaimedAt = time.GetUtcNow(),
            Items = digest.Items.Count,
        };
        var items = ItemRows(partition, digest, LedgerState.Claimed).ToList();

        // The first transaction carries the day row, so it alone decides the race; further
        // batches (a digest of more than 99 items) add rows under a claim already won.
        // Add when the scan saw no row (a concurrent claim makes it fail with 409); replace a failed
        // one only at the version the scan read (a concurrent claim makes it fail with 412).
        var first = new List<TableTransactionAction>
        {
            day is null
                ? new(TableTransactionActionType.Add, claimRow)
                : new(TableTransactionActionType.UpdateReplace, claimRow, new ETag(day.Version)),
        };
        first.AddRange(items.Take(MaxTransactionSize - 1).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, i)));
        try
        {
            var response = await _table.SubmitTransactionAsync(first, cancellationToken).ConfigureAwait(false);
            var version = response.Value[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("The ledger returned no ETag for a claim.");
            var claim = new DigestClaim(digest, runId, version);
            try
            {
                foreach (var batch in items.Skip(MaxTransactionSize - 1).Chunk(MaxTransactionSize))
                {
                    await _table.SubmitTransactionAsync(batch.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, i)), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (RequestFailedException)
            {
                // Nothing was sent under this claim yet: release it so the next run tries again,
                // rather than leave a half-written claim that would keep the digest from ever going out.
                await MarkFailedAsync(claim, "the ledger could not record every item of the claim", CancellationToken.None).ConfigureAwait(false);
                throw;
            }

            return claim;
        }
        catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0
            && ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
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
        var partition = PartitionFor(claim.Digest.To);
        var day = new LedgerDayEntity
        {
            PartitionKey = partition,
            RowKey = DayPrefix + IsoDate.Format(claim.Digest.LocalDate),
            State = state,
            RunId = claim.RunId,
            SettledAt = time.GetUtcNow(),
            Items = claim.Digest.Items.Count,
            MessageId = messageId,
            Error = error is { Length: > 1000 } ? error[..1000] : error,
        };

        var items = ItemRows(partition, claim.Digest, state).ToList();
        var first = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateMerge, day, new ETag(claim.Version)) };
        first.AddRange(items.Take(MaxTransactionSize - 1).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertMerge, i)));
        await _table.SubmitTransactionAsync(first, cancellationToken).ConfigureAwait(false);
        foreach (var batch in items.Skip(MaxTransactionSize - 1).Chunk(MaxTransactionSize))
        {
            await _table.SubmitTransactionAsync(batch.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertMerge, i)), cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<LedgerItemEntity> ItemRows(string partition, Digest digest, string state) =>
        digest.Items.Select(item => new LedgerItemEntity
        {
            PartitionKey = partition,
            RowKey = string.Create(
                CultureInfo.InvariantCulture,
                $"{ItemPrefix}{IsoDate.Format(item.StageDate)}|{item.Stage}|{item.Commitment.Id}"),
            CommitmentId = item.Commitment.Id,
            Stage = item.Stage.ToString(),
            StageDate = IsoDate.Format(item.StageDate),
            DigestDate = IsoDate.Format(digest.LocalDate),
            State = state,
        });

    /// <summary>
    /// Addresses compare case-insensitively, and keys may not hold '/', '\', '#' or '?', which an
    /// address may: the lower-cased address, percent-encoded, is both unique and a legal key.
    /// </summary>
    internal static string PartitionFor(string ownerEmail) => Uri.EscapeDataString(ownerEmail.Trim().ToLowerInvariant());

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);
}
