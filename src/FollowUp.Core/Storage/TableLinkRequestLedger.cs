using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Updates;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

/// <summary>
/// Remembers fresh-link requests in <c>{prefix}LinkRequests</c> (PartitionKey commitment id, RowKey
/// the owner's hashed address) so an owner gets at most one fresh link per commitment per cooldown,
/// however many times, or however many tabs at once, they click.
/// </summary>
public sealed class TableLinkRequestLedger(TableServiceClient service, IOptions<FollowUpOptions> options) : ILinkRequestLedger
{
    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.LinkRequestsTable);
    private readonly TableInitializer _initializer = new(options.Value.Storage);

    /// <inheritdoc />
    /// <remarks>Every write is conditional (add, or replace by ETag), so of two simultaneous requests exactly one wins.</remarks>
    public async Task<string?> TryClaimAsync(
        string commitmentId, string ownerEmail, DateTimeOffset now, TimeSpan cooldown, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var rowKey = RowKeyFor(ownerEmail);
        var existing = await _table.GetEntityIfExistsAsync<LinkRequestEntity>(commitmentId, rowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var claim = new LinkRequestEntity { PartitionKey = commitmentId, RowKey = rowKey, RequestedAt = now };
        try
        {
            if (!existing.HasValue)
            {
                var added = await _table.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
                return added.Headers.ETag?.ToString();
            }

            // A clock that went backwards reads as "just sent": err towards sending too little.
            var last = existing.Value!;
            if (now - last.RequestedAt < cooldown)
            {
                return null;
            }

            var replaced = await _table.UpdateEntityAsync(claim, last.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return replaced.Headers.ETag?.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string commitmentId, string ownerEmail, string claim, CancellationToken cancellationToken = default)
    {
        try
        {
            await _table.DeleteEntityAsync(commitmentId, RowKeyFor(ownerEmail), new ETag(claim), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            // Already gone, or claimed again since: either way nothing of ours is left to release.
        }
    }

    /// <summary>Hex SHA-256 of the address as links sign it, so any spelling of one address is one row.</summary>
    internal static string RowKeyFor(string ownerEmail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EmailAddresses.Canonical(ownerEmail))));

    private Task EnsureTableAsync(CancellationToken cancellationToken) =>
        _initializer.EnsureAsync(ct => _table.CreateIfNotExistsAsync(ct), cancellationToken);
}
