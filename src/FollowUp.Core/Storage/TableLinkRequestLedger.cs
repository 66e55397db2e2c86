using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Updates;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Remembers fresh-link requests in <c>{prefix}LinkRequests</c>, one partition per owner address (its
/// hash): a <see cref="LinkRequestEntity"/> per commitment for the cooldown and a
/// <see cref="LinkRequestDayEntity"/> per UTC day for the daily cap. Both rows of a claim are written in
/// one entity-group transaction, each conditional (add, or replace by ETag), so of simultaneous
/// requests only as many win as the cooldown and the cap allow.
/// </summary>
public sealed class TableLinkRequestLedger(TableServiceClient service, IOptions<FollowUpOptions> options) : ILinkRequestLedger
{
    /// <summary>Lost races a release tolerates before it leaves the place taken, which errs towards sending less.</summary>
    private const int ReleaseAttempts = 16;

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.LinkRequestsTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);

    /// <inheritdoc />
    public async Task<string?> TryClaimAsync(
        string commitmentId, string ownerEmail, DateTimeOffset now, TimeSpan cooldown, int perAddressPerDay, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commitmentId);
        ArgumentOutOfRangeException.ThrowIfLessThan(perAddressPerDay, 1);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionFor(ownerEmail);
        var requestKey = LinkRequestEntity.KeyFor(commitmentId);
        var dayKey = LinkRequestDayEntity.KeyFor(now);
        var nonce = Guid.NewGuid().ToString("N");

        // A lost race means another claim for this address landed first: after perAddressPerDay of those
        // the day is full, and one for this commitment starts its cooldown. Only releases racing us can
        // use up the bound, and then we refuse, which errs towards sending too little.
        for (var attempt = 0; attempt <= perAddressPerDay + 1; attempt++)
        {
            var request = await GetAsync<LinkRequestEntity>(partition, requestKey, cancellationToken).ConfigureAwait(false);

            // A clock that went backwards reads as "just sent": err towards sending too little.
            if (request is not null && now - request.RequestedAt < cooldown)
            {
                return null;
            }

            var day = await GetAsync<LinkRequestDayEntity>(partition, dayKey, cancellationToken).ConfigureAwait(false);
            var counted = day?.Counted() ?? [];
            if (counted.Count >= perAddressPerDay)
            {
                return null;
            }

            var claim = new LinkRequestEntity { PartitionKey = partition, RowKey = requestKey, RequestedAt = now, Nonce = nonce, DayKey = dayKey };
            var place = LinkRequestDayEntity.With(partition, dayKey, [.. counted, nonce]);
            TableTransactionAction[] actions =
            [
                request is null ? new(TableTransactionActionType.Add, claim) : new(TableTransactionActionType.UpdateReplace, claim, request.ETag),
                day is null ? new(TableTransactionActionType.Add, place) : new(TableTransactionActionType.UpdateReplace, place, day.ETag),
            ];

            // The storage client retries a transaction whose answer was lost; if the first attempt
            // committed, the retry fails on our own rows. The nonce tells ours from another request's.
            if (await TrySubmitAsync(actions, cancellationToken).ConfigureAwait(false)
                || await IsOursAsync(partition, requestKey, nonce, cancellationToken).ConfigureAwait(false))
            {
                return nonce;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string commitmentId, string ownerEmail, string claim, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commitmentId);
        ArgumentException.ThrowIfNullOrEmpty(claim);
        var partition = PartitionFor(ownerEmail);
        var requestKey = LinkRequestEntity.KeyFor(commitmentId);
        for (var attempt = 0; attempt < ReleaseAttempts; attempt++)
        {
            var request = await GetAsync<LinkRequestEntity>(partition, requestKey, cancellationToken).ConfigureAwait(false);
            if (request is null || request.Nonce != claim)
            {
                // Already released (perhaps by a retry whose answer was lost), or claimed again since.
                return;
            }

            var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Delete, request, request.ETag) };
            var day = await GetAsync<LinkRequestDayEntity>(partition, request.DayKey, cancellationToken).ConfigureAwait(false);
            if (day is not null && day.Counted().Contains(claim, StringComparer.Ordinal))
            {
                var rest = LinkRequestDayEntity.With(partition, day.RowKey, day.Counted().Where(n => n != claim));
                actions.Add(new(TableTransactionActionType.UpdateReplace, rest, day.ETag));
            }

            if (await TrySubmitAsync(actions, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Hex SHA-256 of the address as links sign it, so any spelling of one address is one partition.</summary>
    internal static string PartitionFor(string ownerEmail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EmailAddresses.Canonical(ownerEmail))));

    /// <summary>False when a row changed (412), appeared (409) or went (404) since it was read.</summary>
    private async Task<bool> TrySubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private async Task<bool> IsOursAsync(string partition, string requestKey, string nonce, CancellationToken cancellationToken) =>
        (await GetAsync<LinkRequestEntity>(partition, requestKey, cancellationToken).ConfigureAwait(false))?.Nonce == nonce;

    private async Task<T?> GetAsync<T>(string partition, string rowKey, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var found = await _table.GetEntityIfExistsAsync<T>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);
}
