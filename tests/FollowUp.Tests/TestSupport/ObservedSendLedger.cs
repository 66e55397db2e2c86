using FollowUp.Core.Reminders;

namespace FollowUp.Tests.TestSupport;

/// <summary>
/// The real ledger with hooks around each call, to stall or fail one write and to see the order in
/// which a scan makes them.
/// </summary>
public sealed class ObservedSendLedger(ISendLedger inner) : ISendLedger
{
    /// <summary>Runs before each claim is written.</summary>
    public Func<Digest, Task>? BeforeClaim { get; set; }

    /// <summary>Runs before each outcome is written; throwing from it fails that write.</summary>
    public Func<DigestClaim, Task>? BeforeSettle { get; set; }

    public Task<OwnerLedger> ReadAsync(string ownerEmail, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(ownerEmail, fromStageDate, localDate, cancellationToken);

    public async Task<DigestClaim?> TryClaimAsync(Digest digest, string runId, LedgerDay? day, CancellationToken cancellationToken = default)
    {
        if (BeforeClaim is { } hook)
        {
            await hook(digest);
        }

        return await inner.TryClaimAsync(digest, runId, day, cancellationToken);
    }

    public async Task MarkSentAsync(DigestClaim claim, string? messageId, CancellationToken cancellationToken = default)
    {
        if (BeforeSettle is { } hook)
        {
            await hook(claim);
        }

        await inner.MarkSentAsync(claim, messageId, cancellationToken);
    }

    public async Task MarkFailedAsync(DigestClaim claim, string reason, CancellationToken cancellationToken = default)
    {
        if (BeforeSettle is { } hook)
        {
            await hook(claim);
        }

        await inner.MarkFailedAsync(claim, reason, cancellationToken);
    }
}
